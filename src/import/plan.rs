//! From a sheet and a mapping to the statements an import adds: every row read, every
//! problem found by row and column, nothing changed until the plan is applied, and then as
//! one undoable edit.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};

use super::mapping::{
    Field, Mapping, StakeholderChoice, guess_scale, guess_stance, key, parse_confidence,
    parse_flag, parse_source_kind,
};
use super::read::{Sheet, Value, column_letters, serial_datetime};
use crate::model::{
    Confidence, Edit, Item, Project, Source, SourceKind, Stakeholder, StakeholderKind, Stance,
    Statement,
};
use crate::roster::un_roster;

/// What is wrong with a sheet, a row or a cell, as data: the app says it in the window's
/// language; [`fmt::Display`] gives the English of the command line (`import`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// The sheet has no row at all.
    SheetEmpty,
    /// No column is mapped to the stakeholder.
    NoStakeholderColumn,
    /// A Principle column without a Stance column, or the other way round.
    LongLayoutHalf,
    /// No column holds stances.
    NoStanceColumn,
    /// A column (0 is A) mapped to a principle the project does not have.
    ColumnPrincipleUnknown {
        /// The column.
        column: usize,
        /// The principle id.
        id: String,
    },
    /// A row with no stakeholder.
    NoStakeholder,
    /// A UN state not in the project, with its code.
    UnStateNotInProject {
        /// The name as written.
        name: String,
        /// Its code in the UN roster.
        code: String,
    },
    /// A stakeholder name that matches no one.
    UnknownStakeholder(String),
    /// A number or a yes/no where a date should be (the cell as read).
    NotADate(String),
    /// A date such as 03/04/2023, day or month first.
    AmbiguousDate(String),
    /// Text that is no date.
    BadDate(String),
    /// A number or a yes/no where a date and time should be.
    NotAnInstant(String),
    /// Text that is no date and time.
    BadInstant(String),
    /// A session id (from the mapping) that the project does not have.
    SessionNotInProject(String),
    /// No session, and no way to find one.
    NoSession,
    /// A session value that matches no session.
    UnknownSession(String),
    /// A value that is not a stance.
    NotAStance(String),
    /// Long layout: a stance with no principle.
    NoPrincipleForStance,
    /// Long layout: a principle value that matches no principle.
    UnknownPrinciple(String),
    /// Two different stances on one principle in one row.
    TwoStances(String),
    /// A confidence that is not High, Medium or Low.
    BadConfidence(String),
    /// A kind of source that is none of the kinds.
    BadSourceKind(String),
    /// A yes/no value that is neither.
    BadFlag(String),
    /// A "delivered by" that matches no stakeholder.
    UnknownDeliveredBy(String),
    /// A statement id that is not a ULID.
    NotAStatementId(String),
    /// A statement id already in the project.
    StatementInProject(String),
    /// One statement id on a row with several stakeholders.
    IdForSeveral,
    /// One statement id in two rows (wide layout).
    IdInTwoRows(String),
    /// Long layout: another stance on the same principle for the same statement in `row`.
    AnotherStance {
        /// The principle.
        principle: String,
        /// The first row of the statement.
        row: usize,
    },
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportProblem::SheetEmpty => f.write_str("the sheet is empty"),
            ImportProblem::NoStakeholderColumn => f.write_str(
                "no column gives the stakeholder: name one \"stakeholder\" (or \"country\", \
                 \"actor\"), or map it",
            ),
            ImportProblem::LongLayoutHalf => {
                f.write_str("the long layout needs both a Principle and a Stance column")
            }
            ImportProblem::NoStanceColumn => f.write_str(
                "no column gives stances: name columns by principle id or title (a row per \
                 statement), or give a \"principle\" and a \"stance\" column (a row per statement \
                 and principle)",
            ),
            ImportProblem::ColumnPrincipleUnknown { column, id } => write!(
                f,
                "column {} is mapped to principle \"{id}\", which the project does not have",
                column_letters(*column)
            ),
            ImportProblem::NoStakeholder => f.write_str("no stakeholder"),
            ImportProblem::UnStateNotInProject { name, code } => write!(
                f,
                "\"{name}\" is not in the project: a UN state ({code}); add \
                 it from the UN roster, or map or create it"
            ),
            ImportProblem::UnknownStakeholder(name) => write!(
                f,
                "\"{name}\" is not a stakeholder of the project: map it to \
                 one, or create it"
            ),
            ImportProblem::NotADate(text) => write!(f, "{text} is not a date"),
            ImportProblem::AmbiguousDate(t) => write!(
                f,
                "\"{t}\" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD"
            ),
            ImportProblem::BadDate(t) => write!(
                f,
                "\"{t}\" is not a date: write it as YYYY-MM-DD, e.g. 2023-01-09"
            ),
            ImportProblem::NotAnInstant(text) => write!(f, "{text} is not a date and time"),
            ImportProblem::BadInstant(t) => write!(
                f,
                "\"{t}\" is not a date and time: write it as 2023-01-09T10:30:00Z"
            ),
            ImportProblem::SessionNotInProject(id) => {
                write!(f, "session \"{id}\" is not in the project")
            }
            ImportProblem::NoSession => f.write_str(
                "no session: give a session column, a date within a session, or a \
                 default session",
            ),
            ImportProblem::UnknownSession(text) => write!(
                f,
                "\"{text}\" is not a session of the project (by id, name or a \
                 date within it): map it, or add the session first"
            ),
            ImportProblem::NotAStance(text) => write!(
                f,
                "\"{text}\" is not a stance: map the value to one (or to no position)"
            ),
            ImportProblem::NoPrincipleForStance => f.write_str("no principle for the stance"),
            ImportProblem::UnknownPrinciple(text) => write!(
                f,
                "\"{text}\" is not a principle of the project (by id or title)"
            ),
            ImportProblem::TwoStances(p) => {
                write!(f, "principle {p} has two stances in this row")
            }
            ImportProblem::BadConfidence(text) => {
                write!(f, "\"{text}\" is not a confidence: High, Medium or Low")
            }
            ImportProblem::BadSourceKind(text) => write!(
                f,
                "\"{text}\" is not a kind of source: Official, Observer, AI summary, \
                 Media, Own notes or Other"
            ),
            ImportProblem::BadFlag(text) => write!(f, "\"{text}\" is not yes or no"),
            ImportProblem::UnknownDeliveredBy(text) => write!(
                f,
                "\"{text}\" (delivered by) is not a stakeholder of the project"
            ),
            ImportProblem::NotAStatementId(text) => write!(
                f,
                "\"{text}\" is not a statement id (a ULID of 26 characters)"
            ),
            ImportProblem::StatementInProject(id) => write!(
                f,
                "statement {id} is already in the project (imported before?)"
            ),
            ImportProblem::IdForSeveral => {
                f.write_str("one statement id for several stakeholders: leave the id blank")
            }
            ImportProblem::IdInTwoRows(id) => write!(f, "statement id {id} is in two rows"),
            ImportProblem::AnotherStance { principle, row } => write!(
                f,
                "principle {principle} has another stance for this statement in \
                 row {row}"
            ),
        }
    }
}

/// Why a row without a problem brings no statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// The mapping skips its stakeholder.
    StakeholderSkipped,
    /// No stance in it.
    NoStance,
}

impl LeftOut {
    /// Every reason.
    pub const ALL: [LeftOut; 2] = [LeftOut::StakeholderSkipped, LeftOut::NoStance];

    /// The reason a [`Plan::left_out`] entry gives (as its English text), when it is one.
    pub fn of(why: &str) -> Option<LeftOut> {
        LeftOut::ALL.into_iter().find(|l| l.to_string() == why)
    }
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LeftOut::StakeholderSkipped => "its stakeholder is skipped by the mapping",
            LeftOut::NoStance => "no stance in it",
        })
    }
}

/// A problem with one row (and column) of the sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row as the spreadsheet numbers it (1 is the first).
    pub row: usize,
    /// The column (0 is A), when the problem is in one cell.
    pub column: Option<usize>,
    /// What is wrong and what to do, in English (the command line's): `kind` said.
    pub message: String,
    /// What is wrong, as data.
    pub kind: ImportProblem,
}

impl RowProblem {
    /// The problem `kind` at `row` (and `column`).
    pub fn new(row: usize, column: Option<usize>, kind: ImportProblem) -> Self {
        RowProblem {
            row,
            column,
            message: kind.to_string(),
            kind,
        }
    }

    /// `ROW:COLUMN` as the spreadsheet shows them (`12:C`), or the row alone.
    pub fn place(&self) -> String {
        match self.column {
            Some(c) => format!("{}:{}", self.row, column_letters(c)),
            None => self.row.to_string(),
        }
    }
}

/// A distinct value found in the sheet, with how many cells hold it.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundValue<T> {
    /// The value as written.
    pub text: String,
    /// How many cells hold it.
    pub count: usize,
    /// What it maps to (none when nothing does yet).
    pub target: Option<T>,
}

/// What an import would do: read, checked, not applied.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// What each column holds.
    pub fields: Vec<Field>,
    /// The statements from good rows, with the first row each comes from.
    pub statements: Vec<(usize, Statement)>,
    /// The stakeholders the import creates (only those a statement uses).
    pub new_stakeholders: Vec<Stakeholder>,
    /// Every problem, by row.
    pub problems: Vec<RowProblem>,
    /// Rows left out for a reason that is not a problem (no stance in them), by row: a
    /// [`LeftOut`] in English ([`LeftOut::of`] reads it back).
    pub left_out: Vec<(usize, String)>,
    /// Rows with a problem: none of their statements is in `statements`.
    pub bad_rows: BTreeSet<usize>,
    /// Rows read under the header.
    pub rows_read: usize,
    /// Rows the statements come from (several per statement in the long layout).
    pub rows_used: usize,
    /// The values of the stance columns, with the stance each maps to (`Some(None)`: no
    /// position).
    pub stance_values: Vec<FoundValue<Option<Stance>>>,
    /// The stakeholder names that match no one, with the UN roster's code when it knows them.
    pub unknown_stakeholders: Vec<FoundValue<String>>,
    /// The session values that match no session.
    pub unknown_sessions: Vec<FoundValue<String>>,
}

impl Plan {
    /// Whether the import can go ahead: no problem, or bad rows skipped on purpose.
    pub fn can_apply(&self, skip_bad_rows: bool) -> bool {
        !self.statements.is_empty()
            && (self.problems.is_empty() || (skip_bad_rows && !self.has_sheet_problem()))
    }

    /// A problem with the whole sheet (a missing column), which skipping rows cannot help.
    pub fn has_sheet_problem(&self) -> bool {
        self.problems
            .iter()
            .any(|p| !self.bad_rows.contains(&p.row))
    }

    /// The edit that adds the new stakeholders and the statements to `project`, as one step.
    pub fn edit(&self, project: &Project) -> Edit {
        let mut edits = Vec::with_capacity(self.new_stakeholders.len() + self.statements.len());
        for (k, s) in self.new_stakeholders.iter().enumerate() {
            edits.push(Edit::Insert {
                index: project.stakeholders.len() + k,
                item: Item::Stakeholder(s.clone()),
            });
        }
        for (k, (_, s)) in self.statements.iter().enumerate() {
            edits.push(Edit::Insert {
                index: project.statements.len() + k,
                item: Item::Statement(Box::new(s.clone())),
            });
        }
        Edit::Batch(edits)
    }

    /// One line on what the import brings: "42 statements from 40 rows, 3 new stakeholders".
    pub fn summary(&self) -> String {
        use std::fmt::Write as _;
        let mut out = format!(
            "{} statement{} from {} of {} row{}",
            self.statements.len(),
            if self.statements.len() == 1 { "" } else { "s" },
            self.rows_used,
            self.rows_read,
            if self.rows_read == 1 { "" } else { "s" },
        );
        if !self.new_stakeholders.is_empty() {
            let _ = write!(
                out,
                ", {} new stakeholder{}",
                self.new_stakeholders.len(),
                if self.new_stakeholders.len() == 1 {
                    ""
                } else {
                    "s"
                }
            );
        }
        if !self.left_out.is_empty() {
            let _ = write!(
                out,
                "; {} row{} without a stance left out",
                self.left_out.len(),
                if self.left_out.len() == 1 { "" } else { "s" }
            );
        }
        if !self.problems.is_empty() {
            let _ = write!(
                out,
                "; {} problem{} in {} row{}",
                self.problems.len(),
                if self.problems.len() == 1 { "" } else { "s" },
                self.bad_rows.len(),
                if self.bad_rows.len() == 1 { "" } else { "s" }
            );
        }
        out
    }
}

/// Who, when and how the import stamps new statements.
#[derive(Clone, Debug)]
pub struct Stamp {
    /// When the statements are logged (unless the sheet says).
    pub now: DateTime<Utc>,
    /// Who logs them (unless the sheet says).
    pub by: String,
}

/// How a stakeholder value resolved.
#[derive(Clone, Debug)]
enum Who {
    Id(String),
    Skip,
    Unknown(Option<String>),
}

struct Resolver<'a> {
    project: &'a Project,
    mapping: &'a Mapping,
    by_key: HashMap<String, usize>,
    created: BTreeMap<String, Stakeholder>,
    cache: HashMap<String, Who>,
}

impl<'a> Resolver<'a> {
    fn new(project: &'a Project, mapping: &'a Mapping) -> Self {
        let mut by_key = HashMap::new();
        for (i, s) in project.stakeholders.iter().enumerate() {
            by_key.entry(key(&s.id)).or_insert(i);
        }
        for (i, s) in project.stakeholders.iter().enumerate() {
            by_key.entry(key(&s.name)).or_insert(i);
        }
        Resolver {
            project,
            mapping,
            by_key,
            created: BTreeMap::new(),
            cache: HashMap::new(),
        }
    }

    fn create(&mut self, id: &str, name: &str, kind: StakeholderKind) -> Who {
        if self.project.stakeholder(id).is_some() {
            return Who::Id(id.to_owned());
        }
        let roster = un_roster().by_code(id);
        let stakeholder = match roster {
            Some(entry) if kind == StakeholderKind::State => {
                let mut s = entry.stakeholder();
                name.clone_into(&mut s.name);
                s
            }
            _ => Stakeholder {
                id: id.to_owned(),
                name: name.to_owned(),
                kind,
                region: None,
                members: Vec::new(),
                weight: 1.0,
                notes: None,
            },
        };
        self.created.entry(id.to_owned()).or_insert(stakeholder);
        Who::Id(id.to_owned())
    }

    fn resolve(&mut self, value: &str) -> Who {
        if let Some(who) = self.cache.get(value) {
            return who.clone();
        }
        let who = self.resolve_uncached(value);
        self.cache.insert(value.to_owned(), who.clone());
        who
    }

    fn resolve_uncached(&mut self, value: &str) -> Who {
        if let Some(choice) = self.mapping.stakeholders.get(value) {
            return match choice {
                StakeholderChoice::Existing(id) => Who::Id(id.clone()),
                StakeholderChoice::Create { id, name, kind } => {
                    let (id, name) = (id.clone(), name.clone());
                    self.create(&id, &name, *kind)
                }
                StakeholderChoice::Skip => Who::Skip,
            };
        }
        if let Some(s) = self.project.stakeholder(value) {
            return Who::Id(s.id.clone());
        }
        if let Some(&i) = self.by_key.get(&key(value)) {
            return Who::Id(self.project.stakeholders[i].id.clone());
        }
        let roster = un_roster().find(value);
        if let Some(entry) = roster {
            if let Some(s) = self.project.stakeholder(&entry.iso3) {
                return Who::Id(s.id.clone());
            }
            // The project may name the state in its own words ("Turkey" for TUR).
            if let Some(s) = self.project.stakeholders.iter().find(|s| {
                un_roster()
                    .find(&s.name)
                    .is_some_and(|e| e.iso3 == entry.iso3)
            }) {
                return Who::Id(s.id.clone());
            }
        }
        if self.mapping.create_unknown_stakeholders {
            if let Some(entry) = roster {
                let (id, name) = (entry.iso3.clone(), entry.name_en.clone());
                return self.create(&id, &name, StakeholderKind::State);
            }
            let id = new_id(value, self.project, &self.created);
            return self.create(&id, value, StakeholderKind::Other);
        }
        Who::Unknown(roster.map(|e| e.iso3.clone()))
    }
}

/// An id for a new stakeholder named `name`: its letters and digits in capitals (up to 12),
/// made unique with a number.
pub fn new_id(name: &str, project: &Project, created: &BTreeMap<String, Stakeholder>) -> String {
    let base: String = crate::text::fold(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect::<String>()
        .to_uppercase();
    let base = if base.is_empty() {
        "NEW".to_owned()
    } else {
        base
    };
    let free = |id: &str| project.stakeholder(id).is_none() && !created.contains_key(id);
    if free(&base) {
        return base;
    }
    (2..=usize::MAX)
        .map(|n| format!("{base}{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}

/// A date as written in a cell: a spreadsheet date, a day number, `YYYY-MM-DD`, `YYYY/MM/DD`,
/// `DD.MM.YYYY`, `DD/MM/YYYY` when the day is over 12 (else it is ambiguous), or "9 January
/// 2023". `Ok(None)` when blank.
///
/// # Errors
/// What is wrong with the date, and how to write it.
pub fn parse_cell_date(value: &Value) -> Result<Option<NaiveDate>, ImportProblem> {
    match value {
        Value::Empty => Ok(None),
        Value::DateTime(d) => Ok(Some(d.date())),
        Value::Number(n) => serial_datetime(*n)
            .map(|d| Some(d.date()))
            .ok_or_else(|| ImportProblem::NotADate(value.text())),
        Value::Bool(_) => Err(ImportProblem::NotADate(value.text())),
        Value::Text(t) => parse_text_date(t.trim()),
    }
}

fn parse_text_date(t: &str) -> Result<Option<NaiveDate>, ImportProblem> {
    if t.is_empty() {
        return Ok(None);
    }
    let date_part = t.split(['T', ' ']).next().unwrap_or(t);
    for format in ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(date_part, format) {
            return Ok(Some(d));
        }
    }
    for format in ["%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(t, format) {
            return Ok(Some(d));
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(date_part, "%d/%m/%Y") {
        if d.day0() >= 12 {
            return Ok(Some(d));
        }
        return Err(ImportProblem::AmbiguousDate(t.to_owned()));
    }
    if let Ok(d) = NaiveDate::parse_from_str(date_part, "%m/%d/%Y") {
        return Ok(Some(d));
    }
    Err(ImportProblem::BadDate(t.to_owned()))
}

use chrono::Datelike as _;

/// An instant as written: a spreadsheet date and time (taken as UTC), or RFC 3339 text.
fn parse_cell_instant(value: &Value) -> Result<Option<DateTime<Utc>>, ImportProblem> {
    match value {
        Value::Empty => Ok(None),
        Value::DateTime(d) => Ok(Some(d.and_utc())),
        Value::Number(n) => serial_datetime(*n)
            .map(|d| Some(d.and_utc()))
            .ok_or_else(|| ImportProblem::NotAnInstant(value.text())),
        Value::Bool(_) => Err(ImportProblem::NotAnInstant(value.text())),
        Value::Text(t) => {
            let t = t.trim();
            if t.is_empty() {
                return Ok(None);
            }
            DateTime::parse_from_rfc3339(t)
                .map(|d| Some(d.with_timezone(&Utc)))
                .or_else(|_| {
                    chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S")
                        .map(|d| Some(d.and_utc()))
                })
                .map_err(|_| ImportProblem::BadInstant(t.to_owned()))
        }
    }
}

/// Text as written, without the apostrophe a CSV export puts before `=`, `+`, `-` and `@` to
/// keep spreadsheets from reading a formula.
fn plain(value: &Value) -> String {
    let t = match value {
        Value::Text(t) => t.trim().to_owned(),
        other => other.text(),
    };
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => t,
    }
}

fn list(value: &Value) -> Vec<String> {
    plain(value)
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn optional(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// The session a value names: the mapping's choice, an id, a name, or a date within one.
fn session_of(project: &Project, mapping: &Mapping, value: &Value) -> Option<String> {
    let text = value.text();
    if let Some(id) = mapping.sessions.get(&text) {
        return Some(id.clone());
    }
    if let Some(s) = project.session(&text) {
        return Some(s.id.clone());
    }
    let k = key(&text);
    if let Some(s) = project
        .sessions
        .iter()
        .find(|s| key(&s.id) == k || key(&s.name) == k)
    {
        return Some(s.id.clone());
    }
    parse_cell_date(value)
        .ok()
        .flatten()
        .and_then(|d| session_on(project, d))
}

/// The session whose days include `date` (the first in chronological order).
fn session_on(project: &Project, date: NaiveDate) -> Option<String> {
    project
        .session_order()
        .into_iter()
        .map(|i| &project.sessions[i])
        .find(|s| s.start <= date && date <= s.end_date())
        .map(|s| s.id.clone())
}

fn count_into<T: Clone>(map: &mut BTreeMap<String, FoundValue<T>>, text: &str, target: Option<T>) {
    map.entry(text.to_owned())
        .or_insert_with(|| FoundValue {
            text: text.to_owned(),
            count: 0,
            target,
        })
        .count += 1;
}

/// What an import of `sheet` into `project` under `mapping` would do.
pub fn plan(project: &Project, sheet: &Sheet, mapping: &Mapping, stamp: &Stamp) -> Plan {
    let headers = sheet.headers();
    let fields = mapping.fields(&headers, project);
    let header_row = sheet.header_row().map_or(1, |h| h + 1);
    let mut plan = Plan {
        fields: fields.clone(),
        ..Plan::default()
    };
    let column = |f: &Field| fields.iter().position(|x| x == f);
    let stakeholder_col = column(&Field::Stakeholder).or_else(|| column(&Field::StakeholderName));
    let principle_col = column(&Field::Principle);
    let stance_col = column(&Field::Stance);
    let wide: Vec<(usize, String)> = fields
        .iter()
        .enumerate()
        .filter_map(|(c, f)| match f {
            Field::PrincipleStance(id) => Some((c, id.clone())),
            _ => None,
        })
        .collect();
    let sheet_problem = |plan: &mut Plan, kind: ImportProblem| {
        plan.problems.push(RowProblem::new(header_row, None, kind));
    };
    if sheet.header_row().is_none() {
        sheet_problem(&mut plan, ImportProblem::SheetEmpty);
        return plan;
    }
    if stakeholder_col.is_none() {
        sheet_problem(&mut plan, ImportProblem::NoStakeholderColumn);
    }
    let long = principle_col.is_some() && stance_col.is_some();
    if principle_col.is_some() != stance_col.is_some() {
        sheet_problem(&mut plan, ImportProblem::LongLayoutHalf);
    }
    if !long && wide.is_empty() && principle_col.is_none() && stance_col.is_none() {
        sheet_problem(&mut plan, ImportProblem::NoStanceColumn);
    }
    for (c, id) in &wide {
        if project.principle(id).is_none() {
            sheet_problem(
                &mut plan,
                ImportProblem::ColumnPrincipleUnknown {
                    column: *c,
                    id: id.clone(),
                },
            );
        }
    }
    if !plan.problems.is_empty() {
        return plan;
    }
    let cell = |row: &[Value], c: Option<usize>| -> Value {
        c.and_then(|c| row.get(c)).cloned().unwrap_or(Value::Empty)
    };

    // Stance values: a 1-to-5 scale over every stance column, else each value by itself.
    let stance_cols: Vec<usize> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.holds_stances())
        .map(|(c, _)| c)
        .collect();
    let all_stance_texts: Vec<String> = sheet
        .data_rows()
        .flat_map(|(_, row)| stance_cols.iter().map(|&c| cell(row, Some(c)).text()))
        .collect();
    let scale = guess_scale(all_stance_texts.iter().map(String::as_str));
    let stance_of = |text: &str| -> Option<Option<Stance>> {
        if let Some(s) = mapping.stances.get(text) {
            return Some(*s);
        }
        if let Some(scale) = &scale
            && let Some(s) = scale.get(text)
        {
            return Some(Some(*s));
        }
        guess_stance(text)
    };
    let mut stance_values: BTreeMap<String, FoundValue<Option<Stance>>> = BTreeMap::new();
    for text in &all_stance_texts {
        if !text.is_empty() {
            count_into(&mut stance_values, text, stance_of(text));
        }
    }
    plan.stance_values = stance_values.into_values().collect();

    let mut resolver = Resolver::new(project, mapping);
    let mut unknown_stakeholders: BTreeMap<String, FoundValue<String>> = BTreeMap::new();
    let mut unknown_sessions: BTreeMap<String, FoundValue<String>> = BTreeMap::new();
    let existing_ids: BTreeSet<&str> = project.statements.iter().map(|s| s.id.as_str()).collect();
    let mut seen_ids: BTreeSet<String> = BTreeSet::new();
    let default_confidence = mapping.default_confidence.unwrap_or(Confidence::Medium);
    let default_source_kind = mapping.default_source_kind.unwrap_or(SourceKind::Other);
    // Long layout: rows of one statement share a key; the statement's index in `pending`.
    let mut groups: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    // (rows it comes from, statement)
    let mut pending: Vec<(Vec<usize>, Statement)> = Vec::new();

    for (row_number, row) in sheet.data_rows() {
        plan.rows_read += 1;
        let mut problems: Vec<RowProblem> = Vec::new();
        let mut problem = |column: Option<usize>, kind: ImportProblem| {
            problems.push(RowProblem::new(row_number, column, kind));
        };

        // Who.
        let who_text = plain(&cell(row, stakeholder_col));
        let names: Vec<&str> = who_text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let mut stakeholders: Vec<String> = Vec::new();
        let mut skipped_by_choice = false;
        if names.is_empty() {
            problem(stakeholder_col, ImportProblem::NoStakeholder);
        }
        for name in &names {
            match resolver.resolve(name) {
                Who::Id(id) => {
                    if !stakeholders.contains(&id) {
                        stakeholders.push(id);
                    }
                }
                Who::Skip => skipped_by_choice = true,
                Who::Unknown(code) => {
                    count_into(&mut unknown_stakeholders, name, code.clone());
                    problem(
                        stakeholder_col,
                        match code {
                            Some(code) => ImportProblem::UnStateNotInProject {
                                name: (*name).to_owned(),
                                code,
                            },
                            None => ImportProblem::UnknownStakeholder((*name).to_owned()),
                        },
                    );
                }
            }
        }

        // When.
        let date_col = column(&Field::Date);
        let date = match parse_cell_date(&cell(row, date_col)) {
            Ok(d) => d,
            Err(message) => {
                problem(date_col, message);
                None
            }
        };
        let session_col = column(&Field::Session);
        let session_value = cell(row, session_col);
        let session = if session_value.is_blank() {
            date.and_then(|d| session_on(project, d))
                .or_else(|| mapping.default_session.clone())
        } else {
            session_of(project, mapping, &session_value)
        };
        let session = match session {
            Some(id) if project.session(&id).is_some() => Some(id),
            Some(id) => {
                problem(session_col, ImportProblem::SessionNotInProject(id));
                None
            }
            None => {
                if session_value.is_blank() {
                    problem(session_col.or(date_col), ImportProblem::NoSession);
                } else {
                    let text = session_value.text();
                    count_into(&mut unknown_sessions, &text, None);
                    problem(session_col, ImportProblem::UnknownSession(text));
                }
                None
            }
        };

        // What.
        let mut stances = crate::model::Stances::new();
        for (c, principle) in &wide {
            let text = cell(row, Some(*c)).text();
            if text.is_empty() {
                continue;
            }
            match stance_of(&text) {
                Some(Some(s)) => {
                    stances.insert(principle.clone(), s);
                }
                Some(None) => {}
                None => problem(Some(*c), ImportProblem::NotAStance(text)),
            }
        }
        let mut long_principle: Option<String> = None;
        if long {
            let p_text = cell(row, principle_col).text();
            let s_text = cell(row, stance_col).text();
            let principle = mapping.principles.get(&p_text).cloned().or_else(|| {
                let k = key(&p_text);
                project
                    .principles
                    .iter()
                    .find(|p| p.id == p_text || key(&p.id) == k || key(&p.title) == k)
                    .map(|p| p.id.clone())
            });
            match (principle, stance_of(&s_text)) {
                (None, _) if p_text.is_empty() && s_text.is_empty() => {}
                (None, _) => problem(
                    principle_col,
                    if p_text.is_empty() {
                        ImportProblem::NoPrincipleForStance
                    } else {
                        ImportProblem::UnknownPrinciple(p_text)
                    },
                ),
                (Some(_), None) => problem(stance_col, ImportProblem::NotAStance(s_text)),
                (Some(p), Some(Some(s))) => {
                    if let Some(&other) = stances.get(&p)
                        && other != s
                    {
                        problem(stance_col, ImportProblem::TwoStances(p.clone()));
                    }
                    stances.insert(p.clone(), s);
                    long_principle = Some(p);
                }
                (Some(_), Some(None)) => {}
            }
        }

        let text_of = |f: Field| plain(&cell(row, column(&f)));
        let confidence_col = column(&Field::Confidence);
        let confidence_text = text_of(Field::Confidence);
        let confidence = if confidence_text.is_empty() {
            default_confidence
        } else if let Some(c) = parse_confidence(&confidence_text) {
            c
        } else {
            problem(
                confidence_col,
                ImportProblem::BadConfidence(confidence_text.clone()),
            );
            default_confidence
        };
        let kind_col = column(&Field::SourceKind);
        let kind_text = text_of(Field::SourceKind);
        let url = optional(text_of(Field::Url));
        let title = optional(text_of(Field::SourceTitle));
        let kind = if kind_text.is_empty() {
            (url.is_some() || title.is_some()).then_some(default_source_kind)
        } else if let Some(k) = parse_source_kind(&kind_text) {
            Some(k)
        } else {
            problem(kind_col, ImportProblem::BadSourceKind(kind_text.clone()));
            None
        };
        let confidential_col = column(&Field::Confidential);
        let confidential_text = text_of(Field::Confidential);
        let confidential = parse_flag(&confidential_text).unwrap_or_else(|| {
            problem(
                confidential_col,
                ImportProblem::BadFlag(confidential_text.clone()),
            );
            false
        });
        let delivered_col = column(&Field::DeliveredBy);
        let delivered_text = text_of(Field::DeliveredBy);
        let delivered_by = if delivered_text.is_empty() {
            None
        } else {
            match resolver.resolve(&delivered_text) {
                Who::Id(id) => Some(id),
                Who::Skip => None,
                Who::Unknown(code) => {
                    count_into(&mut unknown_stakeholders, &delivered_text, code);
                    problem(
                        delivered_col,
                        ImportProblem::UnknownDeliveredBy(delivered_text.clone()),
                    );
                    None
                }
            }
        };
        let recorded_col = column(&Field::RecordedAt);
        let recorded_at = match parse_cell_instant(&cell(row, recorded_col)) {
            Ok(t) => t,
            Err(message) => {
                problem(recorded_col, message);
                None
            }
        };
        let recorded_by = text_of(Field::RecordedBy);
        let id_col = column(&Field::Id);
        let id_text = text_of(Field::Id);
        if !id_text.is_empty() {
            if ulid::Ulid::from_string(&id_text).is_err() {
                problem(id_col, ImportProblem::NotAStatementId(id_text.clone()));
            } else if existing_ids.contains(id_text.as_str()) {
                problem(id_col, ImportProblem::StatementInProject(id_text.clone()));
            } else if stakeholders.len() > 1 {
                problem(id_col, ImportProblem::IdForSeveral);
            } else if !long && !seen_ids.insert(id_text.clone()) {
                problem(id_col, ImportProblem::IdInTwoRows(id_text.clone()));
            }
        }

        let bad = !problems.is_empty();
        plan.problems.append(&mut problems);
        if bad {
            plan.bad_rows.insert(row_number);
            continue;
        }
        if skipped_by_choice && stakeholders.is_empty() {
            plan.left_out
                .push((row_number, LeftOut::StakeholderSkipped.to_string()));
            continue;
        }
        if stances.is_empty() {
            plan.left_out
                .push((row_number, LeftOut::NoStance.to_string()));
            continue;
        }
        let Some(session) = session else { continue };
        let base = Statement {
            id: String::new(),
            stakeholder: String::new(),
            session,
            date,
            delivered_by,
            stances,
            summary: text_of(Field::Summary),
            quote: optional(text_of(Field::Quote)),
            articles: list(&cell(row, column(&Field::Articles))),
            source: kind.map(|kind| Source { kind, url, title }),
            confidence,
            confidential,
            tags: list(&cell(row, column(&Field::Tags))),
            recorded_at: stamp.now,
            recorded_by: None,
        };
        for stakeholder in stakeholders {
            let mut s = base.clone();
            s.stakeholder = stakeholder;
            s.stamp_new(
                recorded_at.unwrap_or(stamp.now),
                // A table with a "recorded by" column says who, blank for nobody.
                if column(&Field::RecordedBy).is_some() {
                    &recorded_by
                } else {
                    &stamp.by
                },
            );
            if !id_text.is_empty() {
                s.id.clone_from(&id_text);
            }
            if long {
                let group_key = if id_text.is_empty() {
                    vec![
                        s.stakeholder.clone(),
                        s.session.clone(),
                        s.date.map(|d| d.to_string()).unwrap_or_default(),
                        s.summary.clone(),
                        s.quote.clone().unwrap_or_default(),
                        s.source
                            .as_ref()
                            .and_then(|x| x.url.clone())
                            .unwrap_or_default(),
                        s.delivered_by.clone().unwrap_or_default(),
                    ]
                } else {
                    vec![id_text.clone()]
                };
                if let Some(&at) = groups.get(&group_key).and_then(|v| v.first()) {
                    let (rows, existing) = &mut pending[at];
                    let p = long_principle.clone().unwrap_or_default();
                    let stance = s.stances.get(&p).copied();
                    match (existing.stances.get(&p), stance) {
                        (Some(old), Some(new)) if *old != new => {
                            plan.problems.push(RowProblem::new(
                                row_number,
                                stance_col,
                                ImportProblem::AnotherStance {
                                    principle: p.clone(),
                                    row: rows[0],
                                },
                            ));
                            plan.bad_rows.insert(row_number);
                            plan.bad_rows.extend(rows.iter().copied());
                        }
                        (_, Some(new)) => {
                            existing.stances.insert(p, new);
                            rows.push(row_number);
                        }
                        (_, None) => rows.push(row_number),
                    }
                    continue;
                }
                groups.insert(group_key, vec![pending.len()]);
            }
            pending.push((vec![row_number], s));
        }
    }
    let mut used_rows: BTreeSet<usize> = BTreeSet::new();
    for (rows, statement) in pending {
        if rows.iter().any(|r| plan.bad_rows.contains(r)) {
            plan.bad_rows.extend(rows.iter().copied());
            continue;
        }
        used_rows.extend(rows.iter().copied());
        plan.statements.push((rows[0], statement));
    }
    plan.rows_used = used_rows.len();
    let used: BTreeSet<&str> = plan
        .statements
        .iter()
        .flat_map(|(_, s)| std::iter::once(s.stakeholder.as_str()).chain(s.delivered_by.as_deref()))
        .collect();
    plan.new_stakeholders = resolver
        .created
        .values()
        .filter(|s| used.contains(s.id.as_str()))
        .cloned()
        .collect();
    plan.unknown_stakeholders = unknown_stakeholders.into_values().collect();
    plan.unknown_sessions = unknown_sessions.into_values().collect();
    plan.problems.sort_by_key(|p| (p.row, p.column));
    plan
}
