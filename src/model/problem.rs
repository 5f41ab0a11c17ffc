//! What validation finds: the [`Entity`] a problem is about and the [`ProblemKind`], typed so
//! that the app can say it in the user's language; [`fmt::Display`] gives the English of the
//! command line.

use std::fmt;

use super::edit::{Collection, noun};
use super::enums::StakeholderKind;

/// The entity a problem is about: its list, its index in that list and its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entity {
    /// The project itself.
    Project,
    /// A principle.
    Principle {
        /// Index in `principles`.
        index: usize,
        /// Its id as written.
        id: String,
    },
    /// A session.
    Session {
        /// Index in `sessions`.
        index: usize,
        /// Its id as written.
        id: String,
    },
    /// A stakeholder.
    Stakeholder {
        /// Index in `stakeholders`.
        index: usize,
        /// Its id as written.
        id: String,
    },
    /// A statement.
    Statement {
        /// Index in `statements`.
        index: usize,
        /// Its id as written.
        id: String,
    },
    /// A conflict left by a merge.
    Conflict {
        /// Index in `conflicts`.
        index: usize,
    },
}

impl Entity {
    /// The project list the entity lives in and its index there (`None` for the project).
    pub fn list_and_index(&self) -> Option<(&'static str, usize)> {
        match self {
            Entity::Project => None,
            Entity::Principle { index, .. } => Some(("principles", *index)),
            Entity::Session { index, .. } => Some(("sessions", *index)),
            Entity::Stakeholder { index, .. } => Some(("stakeholders", *index)),
            Entity::Statement { index, .. } => Some(("statements", *index)),
            Entity::Conflict { index } => Some(("conflicts", *index)),
        }
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, index, id) = match self {
            Entity::Project => return f.write_str("project"),
            Entity::Conflict { index } => return write!(f, "conflict #{}", index + 1),
            Entity::Principle { index, id } => ("principle", index, id),
            Entity::Session { index, id } => ("session", index, id),
            Entity::Stakeholder { index, id } => ("stakeholder", index, id),
            Entity::Statement { index, id } => ("statement", index, id),
        };
        if id.is_empty() {
            write!(f, "{kind} #{}", index + 1)
        } else {
            write!(f, "{kind} {id}")
        }
    }
}

/// One thing wrong with a project.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What it is about.
    pub entity: Entity,
    /// The field at fault, when one is; lets the store point at its line.
    pub field: Option<&'static str>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.entity, self.kind)
    }
}

/// What is wrong, as data: the app and the command line say it in their words (the English
/// of [`fmt::Display`] is the command line's, `check`'s output).
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// `format_version: 0`.
    FormatVersionZero,
    /// An empty id in a list.
    EmptyId(Collection),
    /// An id with spaces before or after it.
    IdPadded(Collection, String),
    /// An id with a space inside it.
    IdSpace(Collection, String),
    /// A principle id with a character the quick entry reads as a stance.
    IdForbidden(Collection, String, char),
    /// An id with a control or invisible formatting character (a line break, an escape, a
    /// bidirectional override): it could forge messages or hide what the id is.
    IdInvisible(Collection, String, char),
    /// An id used twice in a list; `first` is the 0-based index of its first use.
    DuplicateId(Collection, String, usize),
    /// An id that differs only in case from an earlier one (`first`, with its id).
    DuplicateIdCase(Collection, String, usize, String),
    /// A weight that is NaN or infinite.
    WeightNotFinite(f64),
    /// A negative weight.
    WeightNegative(f64),
    /// A session that ends before it starts.
    EndBeforeStart {
        /// The start date.
        start: chrono::NaiveDate,
        /// The end date.
        end: chrono::NaiveDate,
    },
    /// Members on a stakeholder that is not a bloc.
    MembersOfNonBloc(StakeholderKind),
    /// A bloc member that is not a stakeholder.
    UnknownMember(String),
    /// A bloc listed among its own members.
    OwnMember,
    /// A bloc member listed twice.
    MemberTwice(String),
    /// A statement id that is not a ULID.
    NotUlid(String),
    /// A statement by an unknown stakeholder.
    UnknownStakeholder(String),
    /// A statement in an unknown session.
    UnknownSession(String),
    /// `delivered_by` naming an unknown stakeholder.
    UnknownSpeaker(String),
    /// A statement with no stance.
    NoStance,
    /// A stance on an unknown principle.
    UnknownPrinciple(String),
    /// A merge conflict not resolved yet: the record and the field.
    UnresolvedConflict(String, String),
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::FormatVersionZero => {
                write!(f, "format_version 0 does not exist; the first version is 1")
            }
            ProblemKind::EmptyId(list) => write!(f, "empty {} id", noun(*list)),
            ProblemKind::IdPadded(list, id) => {
                write!(
                    f,
                    "{} id \"{id}\" has leading or trailing spaces",
                    noun(*list)
                )
            }
            ProblemKind::IdSpace(list, id) => {
                write!(
                    f,
                    "{} id \"{id}\" has a space in it: ids have none",
                    noun(*list)
                )
            }
            ProblemKind::IdForbidden(list, id, c) => write!(
                f,
                "{} id \"{id}\" contains '{c}', which the quick entry reads as a stance",
                noun(*list)
            ),
            ProblemKind::IdInvisible(list, id, c) => write!(
                f,
                "{} id \"{}\" contains the invisible character U+{:04X}; ids are letters, \
                 digits and punctuation",
                noun(*list),
                crate::text::printable(id),
                u32::from(*c)
            ),
            ProblemKind::DuplicateId(list, id, first) => {
                let kind = noun(*list);
                write!(
                    f,
                    "duplicate {kind} id \"{id}\" (first used by {kind} #{})",
                    first + 1
                )
            }
            ProblemKind::DuplicateIdCase(list, id, first, first_id) => {
                let kind = noun(*list);
                write!(
                    f,
                    "{kind} id \"{id}\" differs only in case from \"{first_id}\" ({kind} #{}): \
                     ids are read in any case",
                    first + 1
                )
            }
            ProblemKind::WeightNotFinite(w) => write!(f, "weight {w} is not a finite number"),
            ProblemKind::WeightNegative(w) => write!(f, "weight {w} is negative"),
            ProblemKind::EndBeforeStart { start, end } => {
                write!(f, "end date {end} is before start date {start}")
            }
            ProblemKind::MembersOfNonBloc(kind) => write!(
                f,
                "only blocs have members, but this stakeholder is of kind {}",
                kind.name()
            ),
            ProblemKind::UnknownMember(m) => {
                write!(
                    f,
                    "bloc member \"{m}\" is not a stakeholder of this project"
                )
            }
            ProblemKind::OwnMember => write!(f, "a bloc cannot be its own member"),
            ProblemKind::MemberTwice(m) => write!(f, "bloc member \"{m}\" is listed twice"),
            ProblemKind::NotUlid(id) => write!(
                f,
                "id \"{id}\" is not a ULID (26 characters of Crockford base32)"
            ),
            ProblemKind::UnknownStakeholder(id) => write!(f, "unknown stakeholder \"{id}\""),
            ProblemKind::UnknownSession(id) => write!(f, "unknown session \"{id}\""),
            ProblemKind::UnknownSpeaker(id) => {
                write!(f, "delivered_by names unknown stakeholder \"{id}\"")
            }
            ProblemKind::NoStance => {
                write!(
                    f,
                    "no stance: a statement must bear on at least one principle"
                )
            }
            ProblemKind::UnknownPrinciple(id) => {
                write!(f, "stance on unknown principle \"{id}\"")
            }
            ProblemKind::UnresolvedConflict(record, field) => write!(
                f,
                "unresolved merge conflict on {record}, {field}: pick a side in the app's \
                 conflict view (or edit the record and delete the conflict)"
            ),
        }
    }
}
