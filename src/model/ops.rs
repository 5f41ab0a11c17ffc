//! Changes that keep references consistent: renaming an id carries the statements (and blocs)
//! that use it along, deleting something takes or updates what depends on it, each as one
//! [`Edit::Batch`] that undoes in one step. And the one rule for ids, shared by validation and
//! the editors.

use std::fmt;

use super::{Collection, Edit, Item, Project, Statement};

/// Why an id cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// Empty, or only spaces.
    Empty,
    /// It has a space in it.
    Spaces,
    /// It has a character the quick entry reads as a stance (principle ids).
    Forbidden(char),
    /// Another element of the list already has it, whatever the case.
    Taken(String),
    /// A control character or an invisible formatting character (a bidirectional override,
    /// a zero-width space): it could forge lines in messages or hide what the id is.
    Invisible(char),
}

impl fmt::Display for IdProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdProblem::Empty => write!(f, "the id cannot be empty"),
            IdProblem::Spaces => write!(f, "an id has no spaces"),
            IdProblem::Forbidden(c) => write!(
                f,
                "a principle id cannot contain '{c}': the quick entry reads + - ~ as stances"
            ),
            IdProblem::Taken(id) => write!(
                f,
                "\"{}\" is already used: ids must be unique",
                crate::text::printable(id)
            ),
            IdProblem::Invisible(c) => write!(
                f,
                "an id cannot contain the invisible character U+{:04X}",
                u32::from(*c)
            ),
        }
    }
}

/// The characters a principle id cannot contain: the quick entry reads them as stances.
pub const PRINCIPLE_ID_FORBIDDEN: &str = "+-~";

/// The shape of one id, alone: not empty, no spaces, none of `forbidden`.
///
/// # Errors
/// What is wrong with it.
pub fn check_id_shape(id: &str, forbidden: &str) -> Result<(), IdProblem> {
    if id.trim().is_empty() {
        return Err(IdProblem::Empty);
    }
    if let Some(c) = id.chars().find(|&c| crate::text::is_invisible(c)) {
        return Err(IdProblem::Invisible(c));
    }
    if id.chars().any(char::is_whitespace) {
        return Err(IdProblem::Spaces);
    }
    if let Some(c) = id.chars().find(|c| forbidden.contains(*c)) {
        return Err(IdProblem::Forbidden(c));
    }
    Ok(())
}

/// Checks a new id for element `own` of a list whose ids are `existing`: the shape of
/// [`check_id_shape`], and not used by another element of the list, whatever the case (the
/// quick entry reads ids in any case, so `p3` beside `P3` could never be told apart). The same
/// rule as validation's.
///
/// # Errors
/// What is wrong with it.
pub fn check_id(existing: &[&str], own: usize, id: &str, forbidden: &str) -> Result<(), IdProblem> {
    check_id_shape(id, forbidden)?;
    if existing
        .iter()
        .enumerate()
        .any(|(k, other)| k != own && other.eq_ignore_ascii_case(id))
    {
        return Err(IdProblem::Taken(id.to_owned()));
    }
    Ok(())
}

fn replace_statement(index: usize, statement: Statement) -> Edit {
    Edit::Replace {
        index,
        item: Item::Statement(Box::new(statement)),
    }
}

/// Renames principle `index` to `new_id`, rewriting the stances that use the old id.
/// Returns the edit and how many statements it touches.
pub fn rename_principle(project: &Project, index: usize, new_id: &str) -> (Edit, usize) {
    let old = &project.principles[index].id;
    let mut edits = Vec::new();
    for (i, s) in project.statements.iter().enumerate() {
        if let Some(stance) = s.stances.get(old) {
            let mut s = s.clone();
            let stance = *stance;
            s.stances.remove(old);
            s.stances.insert(new_id.to_owned(), stance);
            edits.push(replace_statement(i, s));
        }
    }
    let touched = edits.len();
    let mut principle = project.principles[index].clone();
    new_id.clone_into(&mut principle.id);
    edits.push(Edit::Replace {
        index,
        item: Item::Principle(principle),
    });
    (Edit::Batch(edits), touched)
}

/// Deletes principle `index`: its stances leave the statements, and statements left with no
/// stance are deleted. Returns the edit, the statements touched and those deleted.
pub fn delete_principle(project: &Project, index: usize) -> (Edit, usize, usize) {
    let id = &project.principles[index].id;
    let mut edits = Vec::new();
    let (mut touched, mut deleted) = (0, 0);
    // From the end, so that removals do not shift the indices still to visit.
    for (i, s) in project.statements.iter().enumerate().rev() {
        if s.stances.contains_key(id) {
            touched += 1;
            if s.stances.len() == 1 {
                deleted += 1;
                edits.push(Edit::Remove {
                    collection: Collection::Statements,
                    index: i,
                });
            } else {
                let mut s = s.clone();
                s.stances.remove(id);
                edits.push(replace_statement(i, s));
            }
        }
    }
    edits.push(Edit::Remove {
        collection: Collection::Principles,
        index,
    });
    (Edit::Batch(edits), touched, deleted)
}

/// Renames session `index`, moving its statements along. Returns the edit and the count.
pub fn rename_session(project: &Project, index: usize, new_id: &str) -> (Edit, usize) {
    let old = &project.sessions[index].id;
    let mut edits: Vec<Edit> = project
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| &s.session == old)
        .map(|(i, s)| {
            let mut s = s.clone();
            new_id.clone_into(&mut s.session);
            replace_statement(i, s)
        })
        .collect();
    let touched = edits.len();
    let mut session = project.sessions[index].clone();
    new_id.clone_into(&mut session.id);
    edits.push(Edit::Replace {
        index,
        item: Item::Session(session),
    });
    (Edit::Batch(edits), touched)
}

/// Deletes session `index` with its statements. Returns the edit and how many go.
pub fn delete_session(project: &Project, index: usize) -> (Edit, usize) {
    let id = &project.sessions[index].id;
    let mut edits: Vec<Edit> = project
        .statements
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, s)| &s.session == id)
        .map(|(i, _)| Edit::Remove {
            collection: Collection::Statements,
            index: i,
        })
        .collect();
    let deleted = edits.len();
    edits.push(Edit::Remove {
        collection: Collection::Sessions,
        index,
    });
    (Edit::Batch(edits), deleted)
}

/// Renames stakeholder `index`, carrying along the statements it made or delivered and the
/// blocs that list it. Returns the edit and the number of statements touched.
pub fn rename_stakeholder(project: &Project, index: usize, new_id: &str) -> (Edit, usize) {
    let old = &project.stakeholders[index].id;
    let mut edits = Vec::new();
    for (i, s) in project.statements.iter().enumerate() {
        if &s.stakeholder == old || s.delivered_by.as_ref() == Some(old) {
            let mut s = s.clone();
            if &s.stakeholder == old {
                new_id.clone_into(&mut s.stakeholder);
            }
            if s.delivered_by.as_ref() == Some(old) {
                s.delivered_by = Some(new_id.to_owned());
            }
            edits.push(replace_statement(i, s));
        }
    }
    let touched = edits.len();
    for (k, bloc) in project.stakeholders.iter().enumerate() {
        if k != index && bloc.members.contains(old) {
            let mut bloc = bloc.clone();
            for m in &mut bloc.members {
                if m == old {
                    new_id.clone_into(m);
                }
            }
            edits.push(Edit::Replace {
                index: k,
                item: Item::Stakeholder(bloc),
            });
        }
    }
    let mut stakeholder = project.stakeholders[index].clone();
    new_id.clone_into(&mut stakeholder.id);
    edits.push(Edit::Replace {
        index,
        item: Item::Stakeholder(stakeholder),
    });
    (Edit::Batch(edits), touched)
}

/// What deleting a stakeholder does: its own statements go, statements it delivered for
/// others lose the speaker, blocs drop it from their members.
#[derive(Clone, Debug, PartialEq)]
pub struct StakeholderDeletion {
    /// The edit.
    pub edit: Edit,
    /// Its own statements, deleted.
    pub deleted: usize,
    /// Statements it delivered for another stakeholder, kept without `delivered_by`.
    pub delivered: usize,
    /// Blocs that listed it.
    pub blocs: usize,
}

/// Deletes stakeholder `index`; see [`StakeholderDeletion`].
pub fn delete_stakeholder(project: &Project, index: usize) -> StakeholderDeletion {
    let id = &project.stakeholders[index].id;
    let mut edits = Vec::new();
    let (mut deleted, mut delivered, mut blocs) = (0, 0, 0);
    for (i, s) in project.statements.iter().enumerate().rev() {
        if &s.stakeholder == id {
            deleted += 1;
            edits.push(Edit::Remove {
                collection: Collection::Statements,
                index: i,
            });
        } else if s.delivered_by.as_ref() == Some(id) {
            delivered += 1;
            let mut s = s.clone();
            s.delivered_by = None;
            edits.push(replace_statement(i, s));
        }
    }
    for (k, bloc) in project.stakeholders.iter().enumerate() {
        if k != index && bloc.members.contains(id) {
            blocs += 1;
            let mut bloc = bloc.clone();
            bloc.members.retain(|m| m != id);
            edits.push(Edit::Replace {
                index: k,
                item: Item::Stakeholder(bloc),
            });
        }
    }
    edits.push(Edit::Remove {
        collection: Collection::Stakeholders,
        index,
    });
    StakeholderDeletion {
        edit: Edit::Batch(edits),
        deleted,
        delivered,
        blocs,
    }
}
