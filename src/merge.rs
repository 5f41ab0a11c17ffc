//! Record-level three-way merge of two versions of a project with their common ancestor, for
//! teams (`docs/USER_GUIDE.md`, "Working as a team"). No GUI, no I/O.
//!
//! Records are matched by id: statements by ULID; principles, sessions and stakeholders by id;
//! the project's own fields (title, treaty, framework, method) as one record. A record changed
//! on one side only takes that side; changed on both, it is merged field by field, and the
//! set-like fields (stances by principle, tags, articles, members) element by element. The same
//! field changed differently on both sides, or a record deleted on one side and changed on the
//! other, is a [`Conflict`] kept in the merged project's `conflicts` list, never as text markers:
//! the merged project is always valid (a record deleted on one side but still used by the
//! other is kept, with a conflict). A rename of an id on one side is applied to the other
//! side's references, its additions included, before merging.
//!
//! Fields are compared through their JSON form (serde), so that every field of the model is
//! merged without a hand-written case per field; equal records, the vast majority, are
//! compared as typed values and never converted.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::model::{
    Collection, Conflict, Edit, Entity, Item, ProblemKind, Project, rename_principle,
    rename_session, rename_stakeholder, validate,
};

/// Whose each side is, as the conflicts and the app name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    /// Our side (the file being merged into).
    pub ours: String,
    /// Their side (the colleague's).
    pub theirs: String,
}

/// What a merge did, in records taken from their side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records only they added.
    pub added: usize,
    /// Records they changed (alone, or merged with our changes).
    pub changed: usize,
    /// Records they deleted.
    pub deleted: usize,
    /// Ids one side renamed, applied to the other side's references.
    pub renamed: usize,
    /// Conflicts left in the merged project (new ones, not those already in the files).
    pub conflicts: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{} added, {} changed, {} deleted, {}",
            plural(self.added, "record", "records"),
            self.changed,
            self.deleted,
            plural(self.conflicts, "conflict", "conflicts")
        )?;
        if self.renamed > 0 {
            write!(f, ", {} renamed", plural(self.renamed, "id", "ids"))?;
        }
        Ok(())
    }
}

/// The merged project and what the merge did.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged project: valid, with its unresolved conflicts in `conflicts`.
    pub project: Project,
    /// What came in.
    pub summary: Summary,
}

/// Three-way merge of `ours` and `theirs`, which both come from `base`.
pub fn merge(base: &Project, ours: &Project, theirs: &Project, labels: &Labels) -> Merged {
    let mut ours = ours.clone();
    let mut theirs = theirs.clone();
    let mut out = Merger {
        labels,
        conflicts: Vec::new(),
        summary: Summary::default(),
    };
    out.follow_renames(base, &mut ours, &mut theirs);
    let mut project = ours.clone();
    project.format_version = ours.format_version.max(theirs.format_version);
    out.merge_project_fields(base, &ours, &theirs, &mut project);
    project.principles = out.merge_list(
        "principle",
        &base.principles,
        &ours.principles,
        &theirs.principles,
        |p| &p.id,
    );
    project.sessions = out.merge_list(
        "session",
        &base.sessions,
        &ours.sessions,
        &theirs.sessions,
        |s| &s.id,
    );
    project.stakeholders = out.merge_list(
        "stakeholder",
        &base.stakeholders,
        &ours.stakeholders,
        &theirs.stakeholders,
        |s| &s.id,
    );
    let sorted = |p: &Project| p.statements.windows(2).all(|w| w[0].id <= w[1].id);
    let sorted = sorted(base) && sorted(&ours) && sorted(&theirs);
    project.statements = out.merge_list(
        "statement",
        &base.statements,
        &ours.statements,
        &theirs.statements,
        |s| &s.id,
    );
    if sorted {
        // Statement ids are ULIDs of the time they were logged: when every side keeps them in
        // that order, so does the merge.
        project.statements.sort_by(|a, b| a.id.cmp(&b.id));
    }
    out.keep_what_is_used(base, &ours, &theirs, &mut project);
    out.repair(&ours, &theirs, &mut project);
    out.summary.conflicts = out.conflicts.len();
    let mut conflicts = ours.conflicts.clone();
    for c in theirs.conflicts.iter().chain(&out.conflicts) {
        if !conflicts.contains(c) {
            conflicts.push(c.clone());
        }
    }
    project.conflicts = conflicts;
    Merged {
        project,
        summary: out.summary,
    }
}

/// Two-way merge, for files with no common ancestor at hand: adds what only `theirs` has,
/// never deletes, and turns every field the two hold differently into a conflict.
pub fn merge_two_way(ours: &Project, theirs: &Project, labels: &Labels) -> Merged {
    let mut empty = Project::new("");
    empty.format_version = ours.format_version;
    empty.method = ours.method;
    // With no ancestor, a field both sides hold differently is a conflict: an empty project as
    // the base makes every such field "added on both sides, differently".
    merge(&empty, ours, theirs, labels)
}

/// Applies one resolution: the conflict at `index` is settled with `value` (JSON text of the
/// field, `None` to delete the field or record) and removed from the list.
///
/// # Errors
/// A message when the conflict is not there, names a record that no longer exists, or the
/// value does not fit the field.
pub fn resolve(project: &Project, index: usize, value: Option<&str>) -> Result<Project, String> {
    let conflict = project
        .conflicts
        .get(index)
        .ok_or_else(|| format!("there is no conflict #{}", index + 1))?;
    let mut out = project.clone();
    out.conflicts.remove(index);
    let value: Option<Value> = match value {
        Some(text) => Some(
            serde_json::from_str(text)
                .map_err(|e| format!("the value for {} is not valid: {e}", conflict.field))?,
        ),
        None => None,
    };
    let (kind, id) = conflict
        .record
        .split_once(' ')
        .unwrap_or((conflict.record.as_str(), ""));
    match kind {
        "project" => {
            let mut whole = to_value(&out);
            set_path(&mut whole, &conflict.field, value)?;
            let conflicts = out.conflicts;
            out = from_value(whole)?;
            out.conflicts = conflicts;
        }
        "principle" => resolve_in(&mut out.principles, |p| &p.id, id, &conflict.field, value)?,
        "session" => resolve_in(&mut out.sessions, |s| &s.id, id, &conflict.field, value)?,
        "stakeholder" => {
            resolve_in(&mut out.stakeholders, |s| &s.id, id, &conflict.field, value)?;
        }
        "statement" => resolve_in(&mut out.statements, |s| &s.id, id, &conflict.field, value)?,
        _ => return Err(format!("unknown record \"{}\"", conflict.record)),
    }
    Ok(out)
}

/// The resolution of conflict `index` with `value` (as [`resolve`]) as one [`Edit`], so that
/// the app applies it through its undo history: the record it settles replaced (or removed, or
/// put back), and the conflict taken off the list.
///
/// # Errors
/// As [`resolve`].
pub fn resolution_edit(
    project: &Project,
    index: usize,
    value: Option<&str>,
) -> Result<Edit, String> {
    let resolved = resolve(project, index, value)?;
    let mut edits = Vec::new();
    let text = |a: &Option<String>| a.clone().unwrap_or_default();
    if resolved.title != project.title {
        edits.push(Edit::Title(resolved.title.clone()));
    }
    if resolved.treaty.name != project.treaty.name {
        edits.push(Edit::TreatyName(resolved.treaty.name.clone()));
    }
    if resolved.treaty.short_name != project.treaty.short_name {
        edits.push(Edit::TreatyShortName(text(&resolved.treaty.short_name)));
    }
    if resolved.treaty.description != project.treaty.description {
        edits.push(Edit::TreatyDescription(text(&resolved.treaty.description)));
    }
    if resolved.framework.name != project.framework.name {
        edits.push(Edit::FrameworkName(resolved.framework.name.clone()));
    }
    if resolved.framework.source != project.framework.source {
        edits.push(Edit::FrameworkSource(text(&resolved.framework.source)));
    }
    if resolved.method != project.method {
        edits.push(Edit::Method(resolved.method));
    }
    diff_list(
        &mut edits,
        Collection::Principles,
        &project.principles,
        &resolved.principles,
        |p| &p.id,
        |p| Item::Principle(p.clone()),
    );
    diff_list(
        &mut edits,
        Collection::Sessions,
        &project.sessions,
        &resolved.sessions,
        |s| &s.id,
        |s| Item::Session(s.clone()),
    );
    diff_list(
        &mut edits,
        Collection::Stakeholders,
        &project.stakeholders,
        &resolved.stakeholders,
        |s| &s.id,
        |s| Item::Stakeholder(s.clone()),
    );
    diff_list(
        &mut edits,
        Collection::Statements,
        &project.statements,
        &resolved.statements,
        |s| &s.id,
        |s| Item::Statement(Box::new(s.clone())),
    );
    edits.push(Edit::Conflicts(resolved.conflicts));
    Ok(Edit::Batch(edits))
}

/// Settles conflict `index` with the record as the project holds it now (after editing it by
/// hand in the editors, say): the conflict leaves the list, nothing else changes. One [`Edit`].
///
/// # Errors
/// A message when there is no such conflict.
pub fn accept_as_is_edit(project: &Project, index: usize) -> Result<Edit, String> {
    if index >= project.conflicts.len() {
        return Err(format!("there is no conflict #{}", index + 1));
    }
    let mut left = project.conflicts.clone();
    left.remove(index);
    Ok(Edit::Conflicts(left))
}

/// Edits that turn `before` into `after`, records matched by id: replaced in place, removed
/// from the end, added at the end.
fn diff_list<T: PartialEq>(
    edits: &mut Vec<Edit>,
    collection: Collection,
    before: &[T],
    after: &[T],
    id_of: impl Fn(&T) -> &String,
    item: impl Fn(&T) -> Item,
) {
    let at: HashMap<&String, usize> = before
        .iter()
        .enumerate()
        .map(|(i, r)| (id_of(r), i))
        .collect();
    let kept: HashSet<&String> = after.iter().map(&id_of).collect();
    for r in after {
        if let Some(&i) = at.get(id_of(r))
            && before[i] != *r
        {
            edits.push(Edit::Replace {
                index: i,
                item: item(r),
            });
        }
    }
    for (i, r) in before.iter().enumerate().rev() {
        if !kept.contains(id_of(r)) {
            edits.push(Edit::Remove {
                collection,
                index: i,
            });
        }
    }
    let mut len = before.iter().filter(|r| kept.contains(id_of(r))).count();
    for r in after {
        if !at.contains_key(id_of(r)) {
            edits.push(Edit::Insert {
                index: len,
                item: item(r),
            });
            len += 1;
        }
    }
}

fn resolve_in<T: Serialize + DeserializeOwned>(
    list: &mut Vec<T>,
    id_of: impl Fn(&T) -> &String,
    id: &str,
    field: &str,
    value: Option<Value>,
) -> Result<(), String> {
    let at = list.iter().position(|r| id_of(r) == id);
    if field == WHOLE {
        match (at, value) {
            (Some(i), Some(v)) => list[i] = from_value(v)?,
            (Some(i), None) => {
                list.remove(i);
            }
            (None, Some(v)) => list.push(from_value(v)?),
            (None, None) => {}
        }
        return Ok(());
    }
    let i = at.ok_or_else(|| format!("the record \"{id}\" is no longer in the project"))?;
    let mut record = to_value(&list[i]);
    set_path(&mut record, field, value)?;
    list[i] = from_value(record)?;
    Ok(())
}

/// The field name of a conflict on a whole record.
pub const WHOLE: &str = "(record)";

/// Fields merged element by element: lists of ids or words whose order carries no meaning.
const SET_FIELDS: [&str; 3] = ["tags", "articles", "members"];

struct Merger<'a> {
    labels: &'a Labels,
    conflicts: Vec<Conflict>,
    summary: Summary,
}

fn to_value<T: Serialize>(value: &T) -> Value {
    // The model serialises to JSON without fail (plain structs, maps with string keys; weights
    // that are not finite are invalid files and do not reach a merge).
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| format!("the merged record does not fit: {e}"))
}

fn text(value: Option<&Value>) -> Option<String> {
    value.map(|v| serde_json::to_string(v).unwrap_or_default())
}

/// Sets `path` (dot-separated keys) in an object to `value`, or removes it with `None`.
fn set_path(root: &mut Value, path: &str, value: Option<Value>) -> Result<(), String> {
    let mut keys: Vec<&str> = path.split('.').collect();
    let last = keys.pop().unwrap_or_default();
    let mut at = root;
    for key in keys {
        at = at
            .as_object_mut()
            .and_then(|o| o.get_mut(key))
            .ok_or_else(|| format!("no field \"{path}\" in the record"))?;
    }
    let object = at
        .as_object_mut()
        .ok_or_else(|| format!("no field \"{path}\" in the record"))?;
    match value {
        Some(v) => {
            object.insert(last.to_owned(), v);
        }
        None => {
            object.remove(last);
        }
    }
    Ok(())
}

impl Merger<'_> {
    fn conflict(
        &mut self,
        record: &str,
        field: &str,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) {
        self.conflicts.push(Conflict {
            record: record.to_owned(),
            field: field.to_owned(),
            base: text(b),
            ours: text(o),
            theirs: text(t),
            ours_label: self.labels.ours.clone(),
            theirs_label: self.labels.theirs.clone(),
        });
    }

    /// Finds ids renamed on one side (the record gone, one equal to it but for the id added)
    /// and applies the rename to the other side, so that its references, added ones included,
    /// follow. Renamed on both sides to different ids: a conflict, both kept.
    fn follow_renames(&mut self, base: &Project, ours: &mut Project, theirs: &mut Project) {
        for list in ["principle", "session", "stakeholder"] {
            let ours_renames = renames(list, base, ours);
            let theirs_renames = renames(list, base, theirs);
            for (old, new) in &theirs_renames {
                match ours_renames.iter().find(|(o, _)| o == old) {
                    Some((_, mine)) if mine != new => {
                        self.conflict(
                            &format!("{list} {old}"),
                            "id",
                            Some(&Value::String(old.clone())),
                            Some(&Value::String(mine.clone())),
                            Some(&Value::String(new.clone())),
                        );
                    }
                    Some(_) => {}
                    None => {
                        if rename_in(list, ours, old, new) {
                            self.summary.renamed += 1;
                        }
                    }
                }
            }
            for (old, new) in &ours_renames {
                if !theirs_renames.iter().any(|(o, _)| o == old)
                    && rename_in(list, theirs, old, new)
                {
                    self.summary.renamed += 1;
                }
            }
        }
    }

    fn merge_project_fields(
        &mut self,
        base: &Project,
        ours: &Project,
        theirs: &Project,
        into: &mut Project,
    ) {
        let fields = |p: &Project| -> Value {
            let mut v = to_value(&(&p.title, &p.treaty, &p.framework, &p.method));
            // As an object, so that conflicts name the field.
            if let Value::Array(items) = &mut v {
                let mut map = Map::new();
                for (name, item) in ["title", "treaty", "framework", "method"]
                    .iter()
                    .zip(items.drain(..))
                {
                    map.insert((*name).to_owned(), item);
                }
                return Value::Object(map);
            }
            v
        };
        let (b, o, t) = (fields(base), fields(ours), fields(theirs));
        if o == t || b == t {
            return;
        }
        let merged = self.merge_value("project", "", Some(&b), Some(&o), Some(&t));
        if let Some(Value::Object(mut map)) = merged {
            let take =
                |map: &mut Map<String, Value>, key: &str| map.remove(key).unwrap_or(Value::Null);
            if let Ok(title) = serde_json::from_value(take(&mut map, "title")) {
                into.title = title;
            }
            if let Ok(treaty) = serde_json::from_value(take(&mut map, "treaty")) {
                into.treaty = treaty;
            }
            if let Ok(framework) = serde_json::from_value(take(&mut map, "framework")) {
                into.framework = framework;
            }
            if let Ok(method) = serde_json::from_value(take(&mut map, "method")) {
                into.method = method;
            }
            self.summary.changed += 1;
        }
    }

    /// One list merged record by record, in our order, with what only they added placed after
    /// the record it follows in their list (so that merging our own base back changes no
    /// order).
    fn merge_list<T: Clone + PartialEq + Serialize + DeserializeOwned>(
        &mut self,
        noun: &str,
        base: &[T],
        ours: &[T],
        theirs: &[T],
        id_of: impl Fn(&T) -> &String,
    ) -> Vec<T> {
        let index = |list: &[T]| -> HashMap<String, usize> {
            let mut map = HashMap::with_capacity(list.len());
            for (i, r) in list.iter().enumerate() {
                map.entry(id_of(r).clone()).or_insert(i);
            }
            map
        };
        let (bi, oi, ti) = (index(base), index(ours), index(theirs));
        // Their additions, each after the nearest record before it in their list that we have
        // too (`None`: at the start).
        let mut after: HashMap<Option<&String>, Vec<&String>> = HashMap::new();
        let mut anchor: Option<&String> = None;
        for r in theirs {
            let id = id_of(r);
            if oi.contains_key(id) {
                anchor = Some(id);
            } else {
                after.entry(anchor).or_default().push(id);
            }
        }
        let mut ids: Vec<&String> = Vec::with_capacity(ours.len() + theirs.len());
        ids.extend(after.get(&None).into_iter().flatten().copied());
        for r in ours {
            let id = id_of(r);
            ids.push(id);
            ids.extend(after.get(&Some(id)).into_iter().flatten().copied());
        }
        ids.extend(base.iter().map(&id_of));
        let mut out: Vec<T> = Vec::with_capacity(ours.len().max(theirs.len()));
        let mut seen: HashSet<&String> = HashSet::with_capacity(ids.len());
        for id in ids {
            if !seen.insert(id) {
                continue;
            }
            let b = bi.get(id).map(|&i| &base[i]);
            let o = oi.get(id).map(|&i| &ours[i]);
            let t = ti.get(id).map(|&i| &theirs[i]);
            if o == t || b == t {
                if let Some(o) = o {
                    out.push(o.clone());
                }
                continue;
            }
            if b == o {
                match (b, t) {
                    (None, Some(_)) => self.summary.added += 1,
                    (Some(_), None) => self.summary.deleted += 1,
                    _ => self.summary.changed += 1,
                }
                if let Some(t) = t {
                    out.push(t.clone());
                }
                continue;
            }
            // Changed on both sides, differently.
            let record = format!("{noun} {id}");
            let (bv, ov, tv) = (b.map(to_value), o.map(to_value), t.map(to_value));
            self.summary.changed += 1;
            if let (Some(_), Some(_)) = (&ov, &tv) {
                let merged = self.merge_value(&record, "", bv.as_ref(), ov.as_ref(), tv.as_ref());
                if let Some(Ok(r)) = merged.map(serde_json::from_value::<T>) {
                    out.push(r);
                } else {
                    // The fields do not make a record together: ours, and the whole record in
                    // a conflict.
                    self.conflict(&record, WHOLE, bv.as_ref(), ov.as_ref(), tv.as_ref());
                    if let Some(o) = o {
                        out.push(o.clone());
                    }
                }
            } else {
                {
                    // Deleted on one side, changed on the other: kept as changed (nothing is
                    // lost), with a conflict to confirm the deletion.
                    self.conflict(&record, WHOLE, bv.as_ref(), ov.as_ref(), tv.as_ref());
                    if let Some(kept) = o.or(t) {
                        out.push(kept.clone());
                    }
                }
            }
        }
        out
    }

    /// Field-by-field merge of one value; conflicts recorded under `record`, at `path`.
    fn merge_value(
        &mut self,
        record: &str,
        path: &str,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        if o == t || b == t {
            return o.cloned();
        }
        if b == o {
            return t.cloned();
        }
        let key = path.rsplit('.').next().unwrap_or(path);
        match (o, t) {
            (Some(Value::Object(om)), Some(Value::Object(tm))) => {
                let empty = Map::new();
                let bm = match b {
                    Some(Value::Object(bm)) => bm,
                    _ => &empty,
                };
                let mut keys: Vec<&String> = om.keys().collect();
                keys.extend(tm.keys().filter(|k| !om.contains_key(*k)));
                keys.extend(
                    bm.keys()
                        .filter(|k| !om.contains_key(*k) && !tm.contains_key(*k)),
                );
                let mut merged = Map::new();
                for k in keys {
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    if let Some(v) = self.merge_value(record, &sub, bm.get(k), om.get(k), tm.get(k))
                    {
                        merged.insert(k.clone(), v);
                    }
                }
                Some(Value::Object(merged))
            }
            (Some(Value::Array(oa)), Some(Value::Array(ta))) if SET_FIELDS.contains(&key) => {
                let ba: &[Value] = match b {
                    Some(Value::Array(ba)) => ba,
                    _ => &[],
                };
                // Kept: what both hold, and what one side added; dropped: what one side
                // removed from the base.
                let mut merged: Vec<Value> = Vec::new();
                for x in oa.iter().chain(ta.iter()) {
                    let keep = (oa.contains(x) && ta.contains(x)) || !ba.contains(x);
                    if keep && !merged.contains(x) {
                        merged.push(x.clone());
                    }
                }
                Some(Value::Array(merged))
            }
            _ => {
                let field = if path.is_empty() { WHOLE } else { path };
                self.conflict(record, field, b, o, t);
                // The project holds ours meanwhile; a field one side removed and the other
                // changed keeps the changed value, so that nothing is lost.
                o.or(t).cloned()
            }
        }
    }

    /// A record deleted on one side that the merged project still uses (a statement of a
    /// stakeholder they deleted, a bloc member) is put back, with a conflict.
    fn keep_what_is_used(
        &mut self,
        base: &Project,
        ours: &Project,
        theirs: &Project,
        project: &mut Project,
    ) {
        loop {
            let mut missing: Vec<(&'static str, String)> = Vec::new();
            let has = |list: &'static str, id: &str, p: &Project| match list {
                "stakeholder" => p.stakeholders.iter().any(|s| s.id == id),
                "session" => p.sessions.iter().any(|s| s.id == id),
                _ => p.principles.iter().any(|s| s.id == id),
            };
            let mut want = |list: &'static str, id: &str| {
                if !has(list, id, project) && !missing.iter().any(|(l, i)| *l == list && i == id) {
                    missing.push((list, id.to_owned()));
                }
            };
            for s in &project.statements {
                want("stakeholder", &s.stakeholder);
                want("session", &s.session);
                if let Some(by) = &s.delivered_by {
                    want("stakeholder", by);
                }
                for p in s.stances.keys() {
                    want("principle", p);
                }
            }
            for s in &project.stakeholders {
                for m in &s.members {
                    want("stakeholder", m);
                }
            }
            let mut restored = false;
            for (list, id) in missing {
                let record = format!("{list} {id}");
                let restore = |p: &Project| -> Option<Value> {
                    match list {
                        "stakeholder" => p.stakeholders.iter().find(|s| s.id == id).map(to_value),
                        "session" => p.sessions.iter().find(|s| s.id == id).map(to_value),
                        _ => p.principles.iter().find(|s| s.id == id).map(to_value),
                    }
                };
                let (b, o, t) = (restore(base), restore(ours), restore(theirs));
                let Some(value) = o.clone().or_else(|| t.clone()).or_else(|| b.clone()) else {
                    continue;
                };
                let ok = match list {
                    "stakeholder" => from_value(value).map(|v| project.stakeholders.push(v)),
                    "session" => from_value(value).map(|v| project.sessions.push(v)),
                    _ => from_value(value).map(|v| project.principles.push(v)),
                };
                if ok.is_ok() {
                    restored = true;
                    self.conflict(&record, WHOLE, b.as_ref(), o.as_ref(), t.as_ref());
                }
            }
            if !restored {
                break;
            }
        }
    }

    /// The safety net: a statement the merge left invalid (no stance left, say) takes our
    /// version back, or theirs, and the difference becomes a conflict.
    fn repair(&mut self, ours: &Project, theirs: &Project, project: &mut Project) {
        let broken: BTreeSet<usize> = validate(project)
            .into_iter()
            .filter(|p| !matches!(p.kind, ProblemKind::UnresolvedConflict(..)))
            .filter_map(|p| match p.entity {
                Entity::Statement { index, .. } => Some(index),
                _ => None,
            })
            .collect();
        for index in broken.iter().rev() {
            let id = project.statements[*index].id.clone();
            let o = ours.statements.iter().find(|s| s.id == id);
            let t = theirs.statements.iter().find(|s| s.id == id);
            let merged = to_value(&project.statements[*index]);
            match o.or(t) {
                Some(s) => project.statements[*index] = s.clone(),
                None => {
                    project.statements.remove(*index);
                }
            }
            self.conflict(
                &format!("statement {id}"),
                WHOLE,
                Some(&merged),
                o.map(to_value).as_ref(),
                t.map(to_value).as_ref(),
            );
        }
    }
}

/// Ids renamed on `side`: a record of `base` whose id `side` no longer has, and a record of
/// `side` with an id `base` did not have, equal to it but for the id.
fn renames(list: &str, base: &Project, side: &Project) -> Vec<(String, String)> {
    fn find<T: Serialize>(
        base: &[T],
        side: &[T],
        id_of: impl Fn(&T) -> &String,
    ) -> Vec<(String, String)> {
        let side_ids: HashSet<&String> = side.iter().map(&id_of).collect();
        let base_ids: HashSet<&String> = base.iter().map(&id_of).collect();
        let without_id = |r: &T| {
            let mut v = to_value(r);
            if let Some(o) = v.as_object_mut() {
                o.remove("id");
            }
            v
        };
        let added: Vec<(&String, Value)> = side
            .iter()
            .filter(|r| !base_ids.contains(id_of(r)))
            .map(|r| (id_of(r), without_id(r)))
            .collect();
        let mut out = Vec::new();
        for r in base.iter().filter(|r| !side_ids.contains(id_of(r))) {
            let body = without_id(r);
            let matches: Vec<&&String> = added
                .iter()
                .filter(|(_, v)| *v == body)
                .map(|(id, _)| id)
                .collect();
            if let [only] = matches.as_slice() {
                out.push((id_of(r).clone(), (**only).clone()));
            }
        }
        out
    }
    match list {
        "principle" => find(&base.principles, &side.principles, |p| &p.id),
        "session" => find(&base.sessions, &side.sessions, |s| &s.id),
        _ => find(&base.stakeholders, &side.stakeholders, |s| &s.id),
    }
}

/// Renames `old` to `new` in `project` with the editors' rename (references follow); false
/// when `old` is not there or `new` is taken.
fn rename_in(list: &str, project: &mut Project, old: &str, new: &str) -> bool {
    let edit = match list {
        "principle" => {
            let Some(i) = project.principles.iter().position(|p| p.id == old) else {
                return false;
            };
            if project.principles.iter().any(|p| p.id == new) {
                return false;
            }
            rename_principle(project, i, new).0
        }
        "session" => {
            let Some(i) = project.sessions.iter().position(|p| p.id == old) else {
                return false;
            };
            if project.sessions.iter().any(|p| p.id == new) {
                return false;
            }
            rename_session(project, i, new).0
        }
        _ => {
            let Some(i) = project.stakeholders.iter().position(|p| p.id == old) else {
                return false;
            };
            if project.stakeholders.iter().any(|p| p.id == new) {
                return false;
            }
            rename_stakeholder(project, i, new).0
        }
    };
    edit.apply_to(project).is_some()
}
