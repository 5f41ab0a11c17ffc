//! Edits to a project, each with its inverse: the one way a project changes once it is open.
//! The app's undo history, imports and merges all produce [`Edit`]s; [`Edit::apply_to`]
//! applies one and returns the edit that undoes it.

use super::{Conflict, Method, Principle, Project, Session, Stakeholder, Statement};

/// The lists of a project that edits insert into, remove from and reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Collection {
    /// `project.statements`.
    Statements,
    /// `project.principles`.
    Principles,
    /// `project.sessions`.
    Sessions,
    /// `project.stakeholders`.
    Stakeholders,
}

/// One element of a [`Collection`].
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A statement.
    Statement(Box<Statement>),
    /// A principle.
    Principle(Principle),
    /// A session.
    Session(Session),
    /// A stakeholder.
    Stakeholder(Stakeholder),
}

impl Item {
    /// The list this item belongs to.
    pub fn collection(&self) -> Collection {
        match self {
            Item::Statement(_) => Collection::Statements,
            Item::Principle(_) => Collection::Principles,
            Item::Session(_) => Collection::Sessions,
            Item::Stakeholder(_) => Collection::Stakeholders,
        }
    }
}

/// One edit to the document. Views never mutate the project: they queue edits.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The project title.
    Title(String),
    /// The treaty's full name.
    TreatyName(String),
    /// The treaty's short name (empty for none).
    TreatyShortName(String),
    /// The treaty description (empty for none).
    TreatyDescription(String),
    /// The framework's name.
    FrameworkName(String),
    /// Where the framework is published (empty for none).
    FrameworkSource(String),
    /// The project's method settings.
    Method(Method),
    /// The list of unresolved merge conflicts.
    Conflicts(Vec<Conflict>),
    /// The whole project at once (a merge brought in a colleague's work: one undo step).
    ReplaceAll(Box<Project>),
    /// Inserts `item` at `index` of its list (`index` = length appends).
    Insert {
        /// Position in the list.
        index: usize,
        /// What to insert.
        item: Item,
    },
    /// Removes the element at `index`.
    Remove {
        /// Which list.
        collection: Collection,
        /// Position in the list.
        index: usize,
    },
    /// Replaces the element at `index` of `item`'s list.
    Replace {
        /// Position in the list.
        index: usize,
        /// The new value.
        item: Item,
    },
    /// Moves the element at `from` so that it ends at `to`.
    Move {
        /// Which list.
        collection: Collection,
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Several edits applied in order as one undo step (a rename that updates the statements
    /// that use the id, a delete that takes the statements with it).
    Batch(Vec<Edit>),
}

fn optional(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

/// The word for one element of a list, in the messages of the core (validation, ids).
pub fn noun(collection: Collection) -> &'static str {
    match collection {
        Collection::Statements => "statement",
        Collection::Principles => "principle",
        Collection::Sessions => "session",
        Collection::Stakeholders => "stakeholder",
    }
}

fn list_len(project: &Project, collection: Collection) -> usize {
    match collection {
        Collection::Statements => project.statements.len(),
        Collection::Principles => project.principles.len(),
        Collection::Sessions => project.sessions.len(),
        Collection::Stakeholders => project.stakeholders.len(),
    }
}

fn item_at(project: &Project, collection: Collection, index: usize) -> Option<Item> {
    Some(match collection {
        Collection::Statements => Item::Statement(Box::new(project.statements.get(index)?.clone())),
        Collection::Principles => Item::Principle(project.principles.get(index)?.clone()),
        Collection::Sessions => Item::Session(project.sessions.get(index)?.clone()),
        Collection::Stakeholders => Item::Stakeholder(project.stakeholders.get(index)?.clone()),
    })
}

fn put(project: &mut Project, index: usize, item: Item, replace: bool) {
    fn place<T>(list: &mut Vec<T>, index: usize, value: T, replace: bool) {
        if replace {
            list[index] = value;
        } else {
            list.insert(index, value);
        }
    }
    match item {
        Item::Statement(s) => place(&mut project.statements, index, *s, replace),
        Item::Principle(p) => place(&mut project.principles, index, p, replace),
        Item::Session(s) => place(&mut project.sessions, index, s, replace),
        Item::Stakeholder(s) => place(&mut project.stakeholders, index, s, replace),
    }
}

fn take(project: &mut Project, collection: Collection, index: usize) -> Item {
    match collection {
        Collection::Statements => Item::Statement(Box::new(project.statements.remove(index))),
        Collection::Principles => Item::Principle(project.principles.remove(index)),
        Collection::Sessions => Item::Session(project.sessions.remove(index)),
        Collection::Stakeholders => Item::Stakeholder(project.stakeholders.remove(index)),
    }
}

fn relocate(project: &mut Project, collection: Collection, from: usize, to: usize) {
    fn shift<T>(list: &mut [T], from: usize, to: usize) {
        if from < to {
            list[from..=to].rotate_left(1);
        } else {
            list[to..=from].rotate_right(1);
        }
    }
    match collection {
        Collection::Statements => shift(&mut project.statements, from, to),
        Collection::Principles => shift(&mut project.principles, from, to),
        Collection::Sessions => shift(&mut project.sessions, from, to),
        Collection::Stakeholders => shift(&mut project.stakeholders, from, to),
    }
}

impl Edit {
    /// Edits with the same key merge into one undo step when close in time; `None` never
    /// merges.
    pub fn merge_key(&self) -> Option<String> {
        Some(match self {
            Edit::Title(_) => "title".to_owned(),
            Edit::TreatyName(_) => "treaty.name".to_owned(),
            Edit::TreatyShortName(_) => "treaty.short_name".to_owned(),
            Edit::TreatyDescription(_) => "treaty.description".to_owned(),
            Edit::FrameworkName(_) => "framework.name".to_owned(),
            Edit::FrameworkSource(_) => "framework.source".to_owned(),
            Edit::Method(_) => "method".to_owned(),
            Edit::Conflicts(_) | Edit::ReplaceAll(_) => return None,
            Edit::Replace { index, item } => format!("{:?}[{index}]", item.collection()),
            Edit::Insert { .. } | Edit::Remove { .. } | Edit::Move { .. } | Edit::Batch(_) => {
                return None;
            }
        })
    }

    /// Applies the edit and returns the edit that undoes it; `None` (and the project
    /// untouched) when it does not apply, e.g. an index past the end.
    pub fn apply_to(&self, project: &mut Project) -> Option<Edit> {
        let field = |slot: &mut String, text: &String| std::mem::replace(slot, text.clone());
        let optional_field = |slot: &mut Option<String>, text: &String| {
            std::mem::replace(slot, optional(text)).unwrap_or_default()
        };
        Some(match self {
            Edit::Title(text) => Edit::Title(field(&mut project.title, text)),
            Edit::TreatyName(text) => Edit::TreatyName(field(&mut project.treaty.name, text)),
            Edit::TreatyShortName(text) => {
                Edit::TreatyShortName(optional_field(&mut project.treaty.short_name, text))
            }
            Edit::TreatyDescription(text) => {
                Edit::TreatyDescription(optional_field(&mut project.treaty.description, text))
            }
            Edit::FrameworkName(text) => {
                Edit::FrameworkName(field(&mut project.framework.name, text))
            }
            Edit::FrameworkSource(text) => {
                Edit::FrameworkSource(optional_field(&mut project.framework.source, text))
            }
            Edit::Method(method) => Edit::Method(std::mem::replace(&mut project.method, *method)),
            Edit::Conflicts(list) => {
                Edit::Conflicts(std::mem::replace(&mut project.conflicts, list.clone()))
            }
            Edit::ReplaceAll(whole) => {
                Edit::ReplaceAll(Box::new(std::mem::replace(project, (**whole).clone())))
            }
            Edit::Insert { index, item } => {
                let collection = item.collection();
                if *index > list_len(project, collection) {
                    return None;
                }
                put(project, *index, item.clone(), false);
                Edit::Remove {
                    collection,
                    index: *index,
                }
            }
            Edit::Remove { collection, index } => {
                if *index >= list_len(project, *collection) {
                    return None;
                }
                Edit::Insert {
                    index: *index,
                    item: take(project, *collection, *index),
                }
            }
            Edit::Replace { index, item } => {
                let old = item_at(project, item.collection(), *index)?;
                put(project, *index, item.clone(), true);
                Edit::Replace {
                    index: *index,
                    item: old,
                }
            }
            Edit::Move {
                collection,
                from,
                to,
            } => {
                let len = list_len(project, *collection);
                if *from >= len || *to >= len {
                    return None;
                }
                relocate(project, *collection, *from, *to);
                Edit::Move {
                    collection: *collection,
                    from: *to,
                    to: *from,
                }
            }
            Edit::Batch(edits) => {
                let mut undo = Vec::with_capacity(edits.len());
                for edit in edits {
                    if let Some(inverse) = edit.apply_to(project) {
                        undo.push(inverse);
                    } else {
                        // Roll back what was applied: a batch applies whole or not at all.
                        for inverse in undo.iter().rev() {
                            let _ = inverse.apply_to(project);
                        }
                        return None;
                    }
                }
                undo.reverse();
                Edit::Batch(undo)
            }
        })
    }
}
