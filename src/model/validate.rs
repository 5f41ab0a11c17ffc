//! Semantic validation: every problem in a project, all at once, in file order. Ids follow the
//! one rule of [`super::check_id_shape`] (shared with the editors), and are unique whatever the
//! case.

use super::edit::Collection;
use super::enums::StakeholderKind;
use super::ops::{IdProblem, PRINCIPLE_ID_FORBIDDEN, check_id_shape};
use super::problem::{Entity, Problem, ProblemKind};
use super::project::Project;
use crate::fnv::{FnvMap, FnvSet};

struct Collector {
    problems: Vec<Problem>,
}

impl Collector {
    fn push(&mut self, entity: &Entity, field: Option<&'static str>, kind: ProblemKind) {
        self.problems.push(Problem {
            entity: entity.clone(),
            field,
            kind,
        });
    }
}

/// Checks each id of one list (the one id rule, [`check_id_shape`]) and that no two are the
/// same whatever the case; returns the set of ids.
fn check_ids<'a>(
    out: &mut Collector,
    list: Collection,
    ids: impl Iterator<Item = &'a str>,
    entity_of: impl Fn(usize) -> Entity,
) -> FnvSet<&'a str> {
    let forbidden = if list == Collection::Principles {
        PRINCIPLE_ID_FORBIDDEN
    } else {
        ""
    };
    let mut first_at: FnvMap<&str, usize> = FnvMap::default();
    let mut first_folded: FnvMap<String, (usize, &str)> = FnvMap::default();
    for (n, id) in ids.enumerate() {
        // Entities clone their id: build one only for a problem (validation runs on every load).
        let entity = || entity_of(n);
        if id.trim().is_empty() {
            out.push(&entity(), Some("id"), ProblemKind::EmptyId(list));
        } else if let Some(c) = id.chars().find(|&c| crate::text::is_invisible(c)) {
            out.push(
                &entity(),
                Some("id"),
                ProblemKind::IdInvisible(list, id.to_owned(), c),
            );
        } else if id.trim() != id {
            out.push(
                &entity(),
                Some("id"),
                ProblemKind::IdPadded(list, id.to_owned()),
            );
        } else {
            match check_id_shape(id, forbidden) {
                Err(IdProblem::Spaces) => out.push(
                    &entity(),
                    Some("id"),
                    ProblemKind::IdSpace(list, id.to_owned()),
                ),
                Err(IdProblem::Forbidden(c)) => out.push(
                    &entity(),
                    Some("id"),
                    ProblemKind::IdForbidden(list, id.to_owned(), c),
                ),
                Err(IdProblem::Empty | IdProblem::Taken(_) | IdProblem::Invisible(_)) | Ok(()) => {}
            }
        }
        if let Some(first) = first_at.get(id) {
            if !id.is_empty() {
                out.push(
                    &entity(),
                    Some("id"),
                    ProblemKind::DuplicateId(list, id.to_owned(), *first),
                );
            }
        } else {
            first_at.insert(id, n);
            let folded = id.to_ascii_lowercase();
            if let Some(&(first, first_id)) = first_folded.get(&folded) {
                out.push(
                    &entity(),
                    Some("id"),
                    ProblemKind::DuplicateIdCase(list, id.to_owned(), first, first_id.to_owned()),
                );
            } else {
                first_folded.insert(folded, (n, id));
            }
        }
    }
    first_at.into_keys().collect()
}

fn check_weight(out: &mut Collector, entity: &Entity, weight: f64) {
    if !weight.is_finite() {
        out.push(entity, Some("weight"), ProblemKind::WeightNotFinite(weight));
    } else if weight < 0.0 {
        out.push(entity, Some("weight"), ProblemKind::WeightNegative(weight));
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
            ProblemKind::FormatVersionZero,
        );
    }

    let principle_ids = check_ids(
        &mut out,
        Collection::Principles,
        project.principles.iter().map(|x| x.id.as_str()),
        principle_entity,
    );
    for (i, principle) in project.principles.iter().enumerate() {
        check_weight(&mut out, &principle_entity(i), principle.weight);
    }

    let session_ids = check_ids(
        &mut out,
        Collection::Sessions,
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
                ProblemKind::EndBeforeStart {
                    start: session.start,
                    end,
                },
            );
        }
    }

    let stakeholder_ids = check_ids(
        &mut out,
        Collection::Stakeholders,
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
                ProblemKind::MembersOfNonBloc(stakeholder.kind),
            );
        }
        let mut seen = FnvSet::default();
        for member in &stakeholder.members {
            if !stakeholder_ids.contains(member.as_str()) {
                out.push(
                    &entity,
                    Some("members"),
                    ProblemKind::UnknownMember(member.clone()),
                );
            } else if *member == stakeholder.id {
                out.push(&entity, Some("members"), ProblemKind::OwnMember);
            }
            if !seen.insert(member.as_str()) {
                out.push(
                    &entity,
                    Some("members"),
                    ProblemKind::MemberTwice(member.clone()),
                );
            }
        }
    }

    let _statement_ids = check_ids(
        &mut out,
        Collection::Statements,
        project.statements.iter().map(|x| x.id.as_str()),
        statement_entity,
    );
    for (i, statement) in project.statements.iter().enumerate() {
        let entity = || statement_entity(i);
        if !statement.id.is_empty() && ulid::Ulid::from_string(&statement.id).is_err() {
            out.push(
                &entity(),
                Some("id"),
                ProblemKind::NotUlid(statement.id.clone()),
            );
        }
        if !stakeholder_ids.contains(statement.stakeholder.as_str()) {
            out.push(
                &entity(),
                Some("stakeholder"),
                ProblemKind::UnknownStakeholder(statement.stakeholder.clone()),
            );
        }
        if !session_ids.contains(statement.session.as_str()) {
            out.push(
                &entity(),
                Some("session"),
                ProblemKind::UnknownSession(statement.session.clone()),
            );
        }
        if let Some(by) = &statement.delivered_by
            && !stakeholder_ids.contains(by.as_str())
        {
            out.push(
                &entity(),
                Some("delivered_by"),
                ProblemKind::UnknownSpeaker(by.clone()),
            );
        }
        if statement.stances.is_empty() {
            out.push(&entity(), Some("stances"), ProblemKind::NoStance);
        }
        for principle in statement.stances.keys() {
            if !principle_ids.contains(principle.as_str()) {
                out.push(
                    &entity(),
                    Some("stances"),
                    ProblemKind::UnknownPrinciple(principle.clone()),
                );
            }
        }
    }
    for (index, conflict) in project.conflicts.iter().enumerate() {
        out.push(
            &Entity::Conflict { index },
            Some("record"),
            ProblemKind::UnresolvedConflict(conflict.record.clone(), conflict.field.clone()),
        );
    }
    out.problems
}
