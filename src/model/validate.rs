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

/// The hash of an id as if in ASCII lower case: XXH3 of its lower-case form, made 64 bytes at
/// a time on the stack (an id is a few dozen bytes; a million of them are hashed on every load).
fn folded_hash(id: &str) -> u64 {
    let mut hash = 0;
    for part in id.as_bytes().chunks(64) {
        let mut folded = [0u8; 64];
        let folded = &mut folded[..part.len()];
        folded.copy_from_slice(part);
        folded.make_ascii_lowercase();
        hash = xxhash_rust::xxh3::xxh3_64_with_seed(folded, hash);
    }
    hash
}

/// Two ids compared as if in ASCII lower case.
fn cmp_folded(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|b| b.to_ascii_lowercase())
        .cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

/// The problem with one id's shape, if any (the one id rule, [`check_id_shape`]).
fn shape_problem(list: Collection, id: &str, forbidden: &str) -> Option<ProblemKind> {
    // Nearly every id is printable ASCII without a forbidden character: nothing to report.
    if !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_graphic())
        && (forbidden.is_empty() || !id.contains(|c| forbidden.contains(c)))
    {
        return None;
    }
    if id.trim().is_empty() {
        return Some(ProblemKind::EmptyId(list));
    }
    if let Some(c) = id.chars().find(|&c| crate::text::is_invisible(c)) {
        return Some(ProblemKind::IdInvisible(list, id.to_owned(), c));
    }
    if id.trim() != id {
        return Some(ProblemKind::IdPadded(list, id.to_owned()));
    }
    match check_id_shape(id, forbidden) {
        Err(IdProblem::Spaces) => Some(ProblemKind::IdSpace(list, id.to_owned())),
        Err(IdProblem::Forbidden(c)) => Some(ProblemKind::IdForbidden(list, id.to_owned(), c)),
        Err(IdProblem::Empty | IdProblem::Taken(_) | IdProblem::Invisible(_)) | Ok(()) => None,
    }
}

/// The ids written more than once, by index in increasing order: an id written before exactly
/// (`DuplicateId`, naming the first; not for empty ids, reported as empty) or only in another
/// case (`DuplicateIdCase`, naming the first of that spelling's ids).
///
/// By sorting rather than with hash maps: a million statement ids are checked on every load,
/// and sorting pairs of numbers touches memory in order where a map of a million ids misses
/// the cache at every look-up. Equal hashes are then compared as text, so a collision is never
/// a duplicate; any number of equal ids costs `n log n`.
fn duplicates(list: Collection, ids: &[&str]) -> Vec<(usize, ProblemKind)> {
    let mut keyed: Vec<(u64, usize)> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| (folded_hash(id), n))
        .collect();
    keyed.sort_unstable();
    let mut found = Vec::new();
    for run in keyed
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
    {
        let mut same_hash: Vec<usize> = run.iter().map(|&(_, n)| n).collect();
        same_hash.sort_by(|&a, &b| cmp_folded(ids[a], ids[b]).then(a.cmp(&b)));
        for folded in same_hash.chunk_by(|&a, &b| ids[a].eq_ignore_ascii_case(ids[b])) {
            let Some((&first, _)) = folded.split_first().filter(|(_, rest)| !rest.is_empty())
            else {
                continue;
            };
            let mut spellings = folded.to_vec();
            spellings.sort_by(|&a, &b| ids[a].cmp(ids[b]).then(a.cmp(&b)));
            for spelling in spellings.chunk_by(|&a, &b| ids[a] == ids[b]) {
                let head = spelling[0];
                if head != first {
                    found.push((
                        head,
                        ProblemKind::DuplicateIdCase(
                            list,
                            ids[head].to_owned(),
                            first,
                            ids[first].to_owned(),
                        ),
                    ));
                }
                if !ids[head].is_empty() {
                    found.extend(
                        spelling[1..]
                            .iter()
                            .map(|&n| (n, ProblemKind::DuplicateId(list, ids[n].to_owned(), head))),
                    );
                }
            }
        }
    }
    found.sort_unstable_by_key(|&(n, _)| n);
    found
}

/// Checks each id of one list (the one id rule, [`check_id_shape`]) and that no two are the
/// same whatever the case: for each id, its shape's problem, then its duplicate's.
fn check_ids(
    out: &mut Collector,
    list: Collection,
    ids: &[&str],
    entity_of: impl Fn(usize) -> Entity,
) {
    let forbidden = if list == Collection::Principles {
        PRINCIPLE_ID_FORBIDDEN
    } else {
        ""
    };
    let mut twice = duplicates(list, ids).into_iter().peekable();
    for (n, id) in ids.iter().enumerate() {
        // Entities clone their id: build one only for a problem (validation runs on every load).
        if let Some(kind) = shape_problem(list, id, forbidden) {
            out.push(&entity_of(n), Some("id"), kind);
        }
        if let Some((_, kind)) = twice.next_if(|&(at, _)| at == n) {
            out.push(&entity_of(n), Some("id"), kind);
        }
    }
}

/// The ids of a list, each with the index of its first element: what statements refer to.
fn index_of<'a>(ids: &[&'a str]) -> FnvMap<&'a str, usize> {
    let mut first_at: FnvMap<&str, usize> =
        FnvMap::with_capacity_and_hasher(ids.len(), std::hash::BuildHasherDefault::default());
    for (n, id) in ids.iter().enumerate() {
        first_at.entry(id).or_insert(n);
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

    let ids: Vec<&str> = project.principles.iter().map(|x| x.id.as_str()).collect();
    check_ids(&mut out, Collection::Principles, &ids, principle_entity);
    let principle_ids = index_of(&ids);
    for (i, principle) in project.principles.iter().enumerate() {
        check_weight(&mut out, &principle_entity(i), principle.weight);
    }

    let ids: Vec<&str> = project.sessions.iter().map(|x| x.id.as_str()).collect();
    check_ids(&mut out, Collection::Sessions, &ids, session_entity);
    let session_ids = index_of(&ids);
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

    let ids: Vec<&str> = project.stakeholders.iter().map(|x| x.id.as_str()).collect();
    check_ids(&mut out, Collection::Stakeholders, &ids, stakeholder_entity);
    let stakeholder_ids = index_of(&ids);
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
        let ids: Vec<&str> = project.statements.iter().map(|x| x.id.as_str()).collect();
        check_ids(&mut out, Collection::Statements, &ids, statement_entity);
        check_statements(&mut out, project, 0..n, &known);
    } else {
        let chunk = n.div_ceil(threads - 1).max(1);
        let (ids, parts) = std::thread::scope(|scope| {
            let ids = scope.spawn(|| {
                let mut ids = Collector {
                    problems: Vec::new(),
                };
                let list: Vec<&str> = project.statements.iter().map(|x| x.id.as_str()).collect();
                check_ids(&mut ids, Collection::Statements, &list, statement_entity);
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// The rule as first written, with two maps: for each id, in order, a duplicate of the
    /// first id spelled exactly the same, else of the first id equal to it in another case.
    fn duplicates_by_maps(list: Collection, ids: &[&str]) -> Vec<(usize, ProblemKind)> {
        let mut first_at: HashMap<&str, usize> = HashMap::default();
        let mut first_folded: HashMap<String, (usize, &str)> = HashMap::default();
        let mut found = Vec::new();
        for (n, &id) in ids.iter().enumerate() {
            if let Some(&first) = first_at.get(id) {
                if !id.is_empty() {
                    found.push((n, ProblemKind::DuplicateId(list, id.to_owned(), first)));
                }
            } else {
                first_at.insert(id, n);
                let folded = id.to_ascii_lowercase();
                if let Some(&(first, first_id)) = first_folded.get(&folded) {
                    found.push((
                        n,
                        ProblemKind::DuplicateIdCase(
                            list,
                            id.to_owned(),
                            first,
                            first_id.to_owned(),
                        ),
                    ));
                } else {
                    first_folded.insert(folded, (n, id));
                }
            }
        }
        found
    }

    proptest! {
        #[test]
        fn sorting_finds_what_the_maps_find(
            picks in proptest::collection::vec(0usize..10, 0..60)
        ) {
            const IDS: [&str; 10] = ["a", "A", "b", "B", "ab", "aB", "", "É", "é", "Ab"];
            let ids: Vec<&str> = picks.iter().map(|&k| IDS[k]).collect();
            prop_assert_eq!(
                duplicates(Collection::Statements, &ids),
                duplicates_by_maps(Collection::Statements, &ids)
            );
        }
    }

    #[test]
    fn many_equal_ids_are_each_reported_once() {
        let ids = vec!["x"; 200_000];
        let found = duplicates(Collection::Statements, &ids);
        assert_eq!(found.len(), 199_999);
        assert_eq!(found, duplicates_by_maps(Collection::Statements, &ids));
    }
}
