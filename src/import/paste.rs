//! Rows pasted from a spreadsheet (tab-separated, as every spreadsheet copies them): new
//! stakeholders for the stakeholder editor, or members for a bloc. Names are matched with the
//! project and the UN roster as the import matches them.

use std::collections::BTreeMap;
use std::fmt;

use super::mapping::key;
use super::plan::new_id;
use crate::model::{Project, Stakeholder, StakeholderKind, UnRegion};
use crate::roster::un_roster;

/// What pasted rows would add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pasted {
    /// New stakeholders, in the order pasted.
    pub add: Vec<Stakeholder>,
    /// Ids of stakeholders already in the project that the rows name (for a bloc: its new
    /// members, including those in `add`).
    pub existing: Vec<String>,
    /// Lines that could not be read, with why (1-based).
    pub problems: Vec<(usize, PasteProblem)>,
}

/// Why a pasted line could not be read, as data: the app says it in the window's language;
/// [`fmt::Display`] gives the English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteProblem {
    /// A row with no name.
    NoName,
    /// A cell that is neither a kind of stakeholder nor a UN group.
    NotKindNorGroup(String),
    /// The id is already a stakeholder's.
    IdTaken(String),
    /// A name that is neither a stakeholder of the project nor a UN state.
    Unknown(String),
    /// The bloc itself among its members.
    OwnMember,
}

impl fmt::Display for PasteProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasteProblem::NoName => f.write_str("no name in this row"),
            PasteProblem::NotKindNorGroup(cell) => write!(
                f,
                "\"{cell}\" is neither a kind of stakeholder nor a UN group"
            ),
            PasteProblem::IdTaken(id) => write!(f, "the id {id} is taken"),
            PasteProblem::Unknown(name) => write!(
                f,
                "\"{name}\" is neither a stakeholder of the project nor a UN state"
            ),
            PasteProblem::OwnMember => f.write_str("a bloc cannot be its own member"),
        }
    }
}

fn cells(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

fn kind_of(text: &str) -> Option<StakeholderKind> {
    let k = key(text);
    StakeholderKind::ALL
        .into_iter()
        .find(|x| key(x.name()) == k || key(x.label()) == k)
        .or(match k.as_str() {
            "country" | "etat" | "pays" | "memberstate" => Some(StakeholderKind::State),
            "group" | "groupe" | "coalition" => Some(StakeholderKind::Bloc),
            "ngo" | "ong" | "cso" | "societecivile" => Some(StakeholderKind::CivilSociety),
            "igo" | "io" | "internationalorganisation" | "internationalorganization" => {
                Some(StakeholderKind::IntergovernmentalOrg)
            }
            "industry" | "business" | "company" | "secteurprive" => {
                Some(StakeholderKind::PrivateSector)
            }
            "indigenous" | "indigenouspeople" | "peuplesautochtones" | "autochtones" => {
                Some(StakeholderKind::IndigenousPeoples)
            }
            "tradeunion" | "tradeunions" | "union" | "labour" | "labor" | "syndicat"
            | "syndicats" | "wastepickers" => Some(StakeholderKind::Workers),
            "science" | "scientists" | "scientific" | "scientifique" => {
                Some(StakeholderKind::ScientificCommunity)
            }
            "city" | "cities" | "localgovernment" | "collectiviteslocales" => {
                Some(StakeholderKind::LocalAuthorities)
            }
            _ => None,
        })
}

fn region_of(text: &str) -> Option<UnRegion> {
    let k = key(text);
    UnRegion::ALL
        .into_iter()
        .find(|r| key(r.name()) == k || key(r.label()) == k)
        .or(match k.as_str() {
            "africa" | "afrique" | "africangroup" => Some(UnRegion::African),
            "asia" | "asiapacific" | "apg" | "asiepacifique" => Some(UnRegion::AsiaPacific),
            "eeg" | "easterneurope" | "europeorientale" => Some(UnRegion::EasternEuropean),
            "grulac" | "latinamerica" | "ameriquelatine" => Some(UnRegion::LatinAmericanCaribbean),
            "weog" | "weo" | "westerneurope" => Some(UnRegion::WesternEuropeanOthers),
            _ => None,
        })
}

/// The column of each part in a header row (`id`, `name`, `kind`, `region`), when the first
/// row is one.
fn header(row: &[&str]) -> Option<[Option<usize>; 4]> {
    let mut out = [None; 4];
    for (c, cell) in row.iter().enumerate() {
        let slot = match key(cell).as_str() {
            "id" | "code" | "iso" | "iso3" | "alpha3" => 0,
            "name" | "nom" | "country" | "pays" | "stakeholder" | "member" | "members" => 1,
            "kind" | "type" | "category" => 2,
            "region" | "group" | "ungroup" | "unregion" | "regionalgroup" => 3,
            _ => continue,
        };
        out[slot].get_or_insert(c);
    }
    out[1].is_some().then_some(out)
}

fn looks_like_id(text: &str) -> bool {
    (2..=12).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// The stakeholder a name (or id) means in the project: by id, name, or the UN roster's names.
fn in_project<'a>(project: &'a Project, text: &str) -> Option<&'a Stakeholder> {
    let k = key(text);
    project
        .stakeholders
        .iter()
        .find(|s| s.id == text || key(&s.id) == k || key(&s.name) == k)
        .or_else(|| {
            let entry = un_roster().find(text)?;
            project.stakeholders.iter().find(|s| {
                s.id == entry.iso3
                    || un_roster()
                        .find(&s.name)
                        .is_some_and(|e| e.iso3 == entry.iso3)
            })
        })
}

/// Stakeholders from pasted rows: a header row (`id`, `name`, `kind`, `region`) or, without
/// one, a name per row, or an id then a name, each optionally followed by a kind and a UN
/// group. UN states take their code, region and kind from the roster; others get an id made
/// from their name. Rows naming a stakeholder already in the project add nothing.
pub fn stakeholders_from_rows(text: &str, project: &Project) -> Pasted {
    let lines: Vec<(usize, Vec<&str>)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, cells(l)))
        .filter(|(_, c)| c.iter().any(|x| !x.is_empty()))
        .collect();
    let columns = lines.first().and_then(|(_, row)| header(row));
    let mut out = Pasted::default();
    let mut created: BTreeMap<String, Stakeholder> = BTreeMap::new();
    for (line, row) in lines.iter().skip(usize::from(columns.is_some())) {
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).copied().unwrap_or("");
        let (id, name, rest): (&str, &str, Vec<&str>) = match columns {
            Some([id, name, kind, region]) => (get(id), get(name), vec![get(kind), get(region)]),
            None if row.len() >= 2 && looks_like_id(row[0]) && !row[1].is_empty() => {
                (row[0], row[1], row[2..].to_vec())
            }
            None => (
                "",
                row.iter().copied().find(|c| !c.is_empty()).unwrap_or(""),
                row.iter().skip(1).copied().collect(),
            ),
        };
        if name.is_empty() {
            out.problems.push((*line, PasteProblem::NoName));
            continue;
        }
        if let Some(s) = in_project(project, if id.is_empty() { name } else { id })
            .or_else(|| in_project(project, name))
        {
            if !out.existing.contains(&s.id) {
                out.existing.push(s.id.clone());
            }
            continue;
        }
        let roster = un_roster()
            .find(if id.is_empty() { name } else { id })
            .or_else(|| un_roster().find(name));
        let mut s = match roster {
            Some(entry) => {
                let mut s = entry.stakeholder();
                name.clone_into(&mut s.name);
                s
            }
            None => Stakeholder {
                id: String::new(),
                name: name.to_owned(),
                kind: StakeholderKind::Other,
                region: None,
                members: Vec::new(),
                weight: 1.0,
                notes: None,
            },
        };
        if !id.is_empty() {
            id.clone_into(&mut s.id);
        } else if s.id.is_empty() {
            s.id = new_id(name, project, &created);
        }
        for cell in rest.iter().filter(|c| !c.is_empty()) {
            if let Some(kind) = kind_of(cell) {
                s.kind = kind;
            } else if let Some(region) = region_of(cell) {
                s.region = Some(region);
            } else {
                out.problems
                    .push((*line, PasteProblem::NotKindNorGroup((*cell).to_owned())));
            }
        }
        if project.stakeholder(&s.id).is_some() || created.contains_key(&s.id) {
            out.problems
                .push((*line, PasteProblem::IdTaken(s.id.clone())));
            continue;
        }
        created.insert(s.id.clone(), s.clone());
        out.add.push(s);
    }
    out
}

/// Members for the bloc at `bloc` from pasted rows (a name or id per row, the first cell):
/// stakeholders of the project, UN states from the roster (added as new stakeholders), and
/// the rows that match nothing. Members the bloc has already are left out.
pub fn members_from_rows(text: &str, project: &Project, bloc: usize) -> Pasted {
    let mut out = Pasted::default();
    let own = project.stakeholders.get(bloc);
    for (i, line) in text.lines().enumerate() {
        let Some(name) = cells(line).into_iter().find(|c| !c.is_empty()) else {
            continue;
        };
        let id = if let Some(s) = in_project(project, name) {
            s.id.clone()
        } else if let Some(entry) = un_roster().find(name) {
            if !out.add.iter().any(|s| s.id == entry.iso3) {
                out.add.push(entry.stakeholder());
            }
            entry.iso3.clone()
        } else {
            out.problems
                .push((i + 1, PasteProblem::Unknown(name.to_owned())));
            continue;
        };
        if own.is_some_and(|b| b.id == id) {
            out.problems.push((i + 1, PasteProblem::OwnMember));
            continue;
        }
        if own.is_some_and(|b| b.members.contains(&id)) || out.existing.contains(&id) {
            continue;
        }
        out.existing.push(id);
    }
    out
}
