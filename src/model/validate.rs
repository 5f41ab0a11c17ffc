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

/// An id compared and hashed as if in ASCII lower case, without making the lower-case copy:
/// a million statement ids are checked on every load.
#[derive(Clone, Copy, Debug)]
struct AsciiFolded<'a>(&'a str);

impl PartialEq for AsciiFolded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for AsciiFolded<'_> {}

impl std::hash::Hash for AsciiFolded<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        // As `str` does: no id's hash is a prefix of another's.
        state.write_u8(0xff);
    }
}

/// Checks each id of one list (the one id rule, [`check_id_shape`]) and that no two are the
/// same whatever the case; returns the set of ids.
fn check_ids<'a>(
    out: &mut Collector,
    list: Collection,
    ids: impl Iterator<Item = &'a str>,
    entity_of: impl Fn(usize) -> Entity,
) -> FnvMap<&'a str, usize> {
    let forbidden = if list == Collection::Principles {
        PRINCIPLE_ID_FORBIDDEN
    } else {
        ""
    };
    // Sized once: growing a map of a million ids rehashes it twenty times.
    let size = ids.size_hint().0;
    let mut first_at: FnvMap<&str, usize> =
        FnvMap::with_capacity_and_hasher(size, std::hash::BuildHasherDefault::default());
    let mut first_folded: FnvMap<AsciiFolded<'_>, (usize, &str)> =
        FnvMap::with_capacity_and_hasher(size, std::hash::BuildHasherDefault::default());
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
            let folded = AsciiFolded(id);
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
    first_at
}

/// From this many statements, validation checks them on all cores.
const PARALLEL_CHECKS_FROM: usize = 20_000;

/// The ids statements may refer to.
struct Known<'a, 'p> {
    stakeholders: &'a FnvMap<&'p str, usize>,
    sessions: &'a FnvMap<&'p str, usize>,
    principles: &'a FnvMap<&'p str, usize>,
}

/// Each statement's own checks (its id a ULID; its stakeholder, session, speaker and
/// principles known; at least one stance), for the statements at `range`.
fn check_statements(
    out: &mut Collector,
    project: &Project,
    range: std::ops::Range<usize>,
    known: &Known<'_, '_>,
) {
    for i in range {
        let statement = &project.statements[i];
        let entity = || Entity::Statement {
            index: i,
            id: statement.id.clone(),
        };
        if !statement.id.is_empty() && ulid::Ulid::from_string(&statement.id).is_err() {
            out.push(
                &entity(),
                Some("id"),
                ProblemKind::NotUlid(statement.id.clone()),
            );
        }
        if !known
            .stakeholders
            .contains_key(statement.stakeholder.as_str())
        {
            out.push(
                &entity(),
                Some("stakeholder"),
                ProblemKind::UnknownStakeholder(statement.stakeholder.clone()),
            );
        }
        if !known.sessions.contains_key(statement.session.as_str()) {
            out.push(
                &entity(),
                Some("session"),
                ProblemKind::UnknownSession(statement.session.clone()),
            );
        }
        if let Some(by) = &statement.delivered_by
            && !known.stakeholders.contains_key(by.as_str())
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
            if !known.principles.contains_key(principle.as_str()) {
                out.push(
                    &entity(),
                    Some("stances"),
                    ProblemKind::UnknownPrinciple(principle.clone()),
                );
            }
        }
    }
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
    let threads = if project.statements.len() < PARALLEL_CHECKS_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    };
    validate_on(project, threads)
}

/// [`validate`] on `threads` threads (1: all in this one), whatever the project's size: for
/// the tests that compare the two.
#[doc(hidden)]
pub fn validate_on(project: &Project, threads: usize) -> Vec<Problem> {
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
            if !stakeholder_ids.contains_key(member.as_str()) {
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

    // The statements' ids (one set of a million) and each statement's own checks are
    // independent: on a large project they run on the machine's cores, and their problems are
    // put back in file order (the ids' first, as in one pass).
    let known = Known {
        stakeholders: &stakeholder_ids,
        sessions: &session_ids,
        principles: &principle_ids,
    };
    let n = project.statements.len();
    if threads < 2 {
        check_ids(
            &mut out,
            Collection::Statements,
            project.statements.iter().map(|x| x.id.as_str()),
            statement_entity,
        );
        check_statements(&mut out, project, 0..n, &known);
    } else {
        let chunk = n.div_ceil(threads - 1).max(1);
        let (ids, parts) = std::thread::scope(|scope| {
            let ids = scope.spawn(|| {
                let mut ids = Collector {
                    problems: Vec::new(),
                };
                check_ids(
                    &mut ids,
                    Collection::Statements,
                    project.statements.iter().map(|x| x.id.as_str()),
                    statement_entity,
                );
                ids.problems
            });
            let parts: Vec<_> = (0..n)
                .step_by(chunk)
                .map(|start| {
                    let known = &known;
                    scope.spawn(move || {
                        let mut part = Collector {
                            problems: Vec::new(),
                        };
                        check_statements(&mut part, project, start..(start + chunk).min(n), known);
                        part.problems
                    })
                })
                .collect();
            let join = |h: std::thread::ScopedJoinHandle<'_, Vec<Problem>>| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            };
            (join(ids), parts.into_iter().map(join).collect::<Vec<_>>())
        });
        out.problems.extend(ids);
        for part in parts {
            out.problems.extend(part);
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
