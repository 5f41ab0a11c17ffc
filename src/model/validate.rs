//! Semantic validation: every problem in a project, all at once, in file order.

use std::fmt;

use super::enums::StakeholderKind;
use super::project::Project;
use crate::fnv::{FnvMap, FnvSet};

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
        }
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, index, id) = match self {
            Entity::Project => return f.write_str("project"),
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What it is about.
    pub entity: Entity,
    /// The field at fault, when one is; lets the store point at its line.
    pub field: Option<&'static str>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.entity, self.message)
    }
}

struct Collector {
    problems: Vec<Problem>,
}

impl Collector {
    fn push(&mut self, entity: &Entity, field: Option<&'static str>, message: String) {
        self.problems.push(Problem {
            entity: entity.clone(),
            field,
            message,
        });
    }
}

/// Checks ids for emptiness and duplicates within one list; returns the set of ids.
fn check_ids<'a>(
    out: &mut Collector,
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
    entity_of: impl Fn(usize) -> Entity,
) -> FnvSet<&'a str> {
    let mut first_at: FnvMap<&str, usize> = FnvMap::default();
    for (n, id) in ids.enumerate() {
        // Entities clone their id: build one only for a problem (validation runs on every load).
        let entity = || entity_of(n);
        if id.trim().is_empty() {
            out.push(&entity(), Some("id"), format!("empty {kind} id"));
        } else if id.trim() != id {
            out.push(
                &entity(),
                Some("id"),
                format!("{kind} id \"{id}\" has leading or trailing spaces"),
            );
        }
        if let Some(first) = first_at.get(id) {
            if !id.is_empty() {
                out.push(
                    &entity(),
                    Some("id"),
                    format!(
                        "duplicate {kind} id \"{id}\" (first used by {kind} #{})",
                        first + 1
                    ),
                );
            }
        } else {
            first_at.insert(id, n);
        }
    }
    first_at.into_keys().collect()
}

fn check_weight(out: &mut Collector, entity: &Entity, weight: f64) {
    if !weight.is_finite() {
        out.push(
            entity,
            Some("weight"),
            format!("weight {weight} is not a finite number"),
        );
    } else if weight < 0.0 {
        out.push(
            entity,
            Some("weight"),
            format!("weight {weight} is negative"),
        );
    }
}

/// Every semantic problem of the project, in file order: principles, sessions, stakeholders,
/// then statements. An empty vector means the project is valid.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut out = Collector {
        problems: Vec::new(),
    };
    let principle_entity = |index: usize| Entity::Principle {
        index,
        id: project.principles[index].id.clone(),
    };
    let session_entity = |index: usize| Entity::Session {
        index,
        id: project.sessions[index].id.clone(),
    };
    let stakeholder_entity = |index: usize| Entity::Stakeholder {
        index,
        id: project.stakeholders[index].id.clone(),
    };
    let statement_entity = |index: usize| Entity::Statement {
        index,
        id: project.statements[index].id.clone(),
    };

    if project.format_version == 0 {
        out.push(
            &Entity::Project,
            Some("format_version"),
            "format_version 0 does not exist; the first version is 1".to_owned(),
        );
    }

    let principle_ids = check_ids(
        &mut out,
        "principle",
        project.principles.iter().map(|x| x.id.as_str()),
        principle_entity,
    );
    for (i, principle) in project.principles.iter().enumerate() {
        check_weight(&mut out, &principle_entity(i), principle.weight);
    }

    let session_ids = check_ids(
        &mut out,
        "session",
        project.sessions.iter().map(|x| x.id.as_str()),
        session_entity,
    );
    for (i, session) in project.sessions.iter().enumerate() {
        if let Some(end) = session.end
            && end < session.start
        {
            out.push(
                &session_entity(i),
                Some("end"),
                format!("end date {end} is before start date {}", session.start),
            );
        }
    }

    let stakeholder_ids = check_ids(
        &mut out,
        "stakeholder",
        project.stakeholders.iter().map(|x| x.id.as_str()),
        stakeholder_entity,
    );
    for (i, stakeholder) in project.stakeholders.iter().enumerate() {
        let entity = stakeholder_entity(i);
        check_weight(&mut out, &entity, stakeholder.weight);
        if stakeholder.kind != StakeholderKind::Bloc && !stakeholder.members.is_empty() {
            out.push(
                &entity,
                Some("members"),
                format!(
                    "only blocs have members, but this stakeholder is of kind {}",
                    stakeholder.kind.name()
                ),
            );
        }
        let mut seen = FnvSet::default();
        for member in &stakeholder.members {
            if !stakeholder_ids.contains(member.as_str()) {
                out.push(
                    &entity,
                    Some("members"),
                    format!("bloc member \"{member}\" is not a stakeholder of this project"),
                );
            } else if *member == stakeholder.id {
                out.push(
                    &entity,
                    Some("members"),
                    "a bloc cannot be its own member".to_owned(),
                );
            }
            if !seen.insert(member.as_str()) {
                out.push(
                    &entity,
                    Some("members"),
                    format!("bloc member \"{member}\" is listed twice"),
                );
            }
        }
    }

    let _statement_ids = check_ids(
        &mut out,
        "statement",
        project.statements.iter().map(|x| x.id.as_str()),
        statement_entity,
    );
    for (i, statement) in project.statements.iter().enumerate() {
        let entity = || statement_entity(i);
        if !statement.id.is_empty() && ulid::Ulid::from_string(&statement.id).is_err() {
            out.push(
                &entity(),
                Some("id"),
                format!(
                    "id \"{}\" is not a ULID (26 characters of Crockford base32)",
                    statement.id
                ),
            );
        }
        if !stakeholder_ids.contains(statement.stakeholder.as_str()) {
            out.push(
                &entity(),
                Some("stakeholder"),
                format!("unknown stakeholder \"{}\"", statement.stakeholder),
            );
        }
        if !session_ids.contains(statement.session.as_str()) {
            out.push(
                &entity(),
                Some("session"),
                format!("unknown session \"{}\"", statement.session),
            );
        }
        if let Some(by) = &statement.delivered_by
            && !stakeholder_ids.contains(by.as_str())
        {
            out.push(
                &entity(),
                Some("delivered_by"),
                format!("delivered_by names unknown stakeholder \"{by}\""),
            );
        }
        if statement.stances.is_empty() {
            out.push(
                &entity(),
                Some("stances"),
                "no stance: a statement must bear on at least one principle".to_owned(),
            );
        }
        for principle in statement.stances.keys() {
            if !principle_ids.contains(principle.as_str()) {
                out.push(
                    &entity(),
                    Some("stances"),
                    format!("stance on unknown principle \"{principle}\""),
                );
            }
        }
    }
    out.problems
}
