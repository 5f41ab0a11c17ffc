//! The built-in UN roster: the 193 member states and the two observer states, with their
//! ISO 3166 alpha-3 codes, English and French short names, UN regional group and the other
//! names people write in spreadsheets. The data is `assets/un_roster.csv`; where each column
//! comes from is in `assets/un_roster.SOURCES.md`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{Stakeholder, StakeholderKind, UnRegion};

/// The roster's data, as shipped.
pub const UN_ROSTER_CSV: &str = include_str!("../assets/un_roster.csv");

/// One state of the roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    /// ISO 3166-1 alpha-3 code: the stakeholder's id.
    pub iso3: String,
    /// The UN's English short name.
    pub name_en: String,
    /// The UN's French short name.
    pub name_fr: String,
    /// The UN regional group (none for the Holy See, in no group).
    pub region: Option<UnRegion>,
    /// An observer state rather than a member.
    pub observer: bool,
    /// Other names in use ("Turkey" for Türkiye).
    pub aliases: Vec<String>,
}

impl RosterEntry {
    /// The state as a stakeholder of a project, named in English.
    pub fn stakeholder(&self) -> Stakeholder {
        Stakeholder {
            id: self.iso3.clone(),
            name: self.name_en.clone(),
            kind: StakeholderKind::State,
            region: self.region,
            members: Vec::new(),
            weight: 1.0,
            notes: None,
        }
    }

    /// Every name the state goes by: code, English and French names, aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [
            self.iso3.as_str(),
            self.name_en.as_str(),
            self.name_fr.as_str(),
        ]
        .into_iter()
        .chain(self.aliases.iter().map(String::as_str))
    }
}

/// The roster with its lookup by name.
#[derive(Debug)]
pub struct Roster {
    /// The states, in the file's order (alphabetical by English name).
    pub entries: Vec<RosterEntry>,
    by_key: HashMap<String, usize>,
}

fn lookup_key(text: &str) -> String {
    crate::text::fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

impl Roster {
    /// Reads a roster in the shipped CSV layout (`iso3,name_en,name_fr,region,status,aliases`).
    ///
    /// # Errors
    /// The first bad row, by line.
    pub fn parse(csv_text: &str) -> Result<Roster, String> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut entries = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let line = i + 2;
            let record = record.map_err(|e| format!("line {line}: {e}"))?;
            let field = |n: usize| record.get(n).unwrap_or("").trim().to_owned();
            let region = match field(3).as_str() {
                "" => None,
                name => Some(
                    UnRegion::ALL
                        .into_iter()
                        .find(|r| r.name() == name)
                        .ok_or_else(|| format!("line {line}: unknown region \"{name}\""))?,
                ),
            };
            let observer = match field(4).as_str() {
                "member" => false,
                "observer" => true,
                other => return Err(format!("line {line}: unknown status \"{other}\"")),
            };
            let iso3 = field(0);
            if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!("line {line}: \"{iso3}\" is not an alpha-3 code"));
            }
            entries.push(RosterEntry {
                iso3,
                name_en: field(1),
                name_fr: field(2),
                region,
                observer,
                aliases: field(5)
                    .split(';')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
        let mut by_key = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for name in e.names() {
                by_key.entry(lookup_key(name)).or_insert(i);
            }
        }
        Ok(Roster { entries, by_key })
    }

    /// The state a text names: its code, English or French name or an alias, case, accents,
    /// spaces and punctuation ignored ("turkiye", "Turkey", "TUR", "Côte d’Ivoire").
    pub fn find(&self, text: &str) -> Option<&RosterEntry> {
        self.by_key
            .get(&lookup_key(text))
            .map(|&i| &self.entries[i])
    }

    /// The state with this alpha-3 code.
    pub fn by_code(&self, iso3: &str) -> Option<&RosterEntry> {
        self.entries.iter().find(|e| e.iso3 == iso3)
    }
}

/// The shipped UN roster.
pub fn un_roster() -> &'static Roster {
    static ROSTER: OnceLock<Roster> = OnceLock::new();
    ROSTER.get_or_init(|| {
        // The shipped file is checked by a test; a broken build of it gives an empty roster
        // rather than a crash.
        Roster::parse(UN_ROSTER_CSV).unwrap_or_else(|e| {
            log::error!("the built-in UN roster is damaged: {e}");
            Roster {
                entries: Vec::new(),
                by_key: HashMap::new(),
            }
        })
    })
}
