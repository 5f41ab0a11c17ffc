//! The layering of the crate, checked on its sources (docs/ARCHITECTURE.md explains it):
//!
//! - only `src/app` (and `src/main.rs`) name egui or eframe: the core builds without a GUI;
//! - only `src/cli.rs` and `src/main.rs` use `app` from outside it;
//! - no cycle between the top-level modules, nor between the modules of `app`;
//! - the analysis views in `app/insight` never reach into a sibling view: what two views
//!   share lives in a shared module.
//!
//! `.ci/run` runs this file on its own before the whole suite, so that a violation fails
//! early with its message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments (line comments and doc comments), so that a word
/// in prose does not count as a use.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                ""
            } else if let Some(at) = line.find(" //") {
                &line[..at]
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn relative(path: &Path) -> String {
    path.strip_prefix(src())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The first path segments after each `prefix` in `code` (`prefix` is e.g. `crate::` or
/// `super::super::`; a longer chain of `super::` does not match a shorter prefix). Handles
/// `prefix{a, b::c}` groups.
fn segments_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(found) = code[from..].find(prefix) {
        let at = from + found;
        from = at + prefix.len();
        let preceded = at >= 2 && &code[at - 2..at] == "::";
        let word_before =
            at >= 1 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if preceded || word_before {
            continue;
        }
        let rest = &code[from..];
        if rest.starts_with("super::") {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        push_item(&mut out, &item);
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        push_item(&mut out, &item);
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            push_item(&mut out, rest);
        }
    }
    out
}

fn push_item(out: &mut BTreeSet<String>, item: &str) {
    let name: String = item
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if !name.is_empty() && name != "self" {
        out.insert(name);
    }
}

/// The module of `src/<dir>` a file belongs to: its first path component, without `.rs`.
fn module_of(path: &Path, dir: &Path) -> Option<String> {
    let rel = path.strip_prefix(dir).ok()?;
    let first = rel
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "mod" && name != "lib" && name != "main").then_some(name)
}

/// How many `super::` lead from `path` to the module `dir` (1 for `dir/x.rs` and
/// `dir/x/mod.rs`, 2 for `dir/x/y.rs`...).
fn depth_below(path: &Path, dir: &Path) -> usize {
    let rel = path.strip_prefix(dir).expect("inside");
    let components = rel.components().count();
    if rel.file_name().is_some_and(|n| n == "mod.rs") {
        components - 1
    } else {
        components
    }
}

/// A cycle in `graph`, if there is one, as the list of its modules.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

/// The names `dir`'s `mod.rs` re-exports (`pub use module::{Name, f as g}`), each with the
/// module it comes from, so that `super::Name` counts as a use of that module. A name two
/// modules re-export is left out.
fn reexports(dir: &Path) -> BTreeMap<String, String> {
    let Ok(text) = std::fs::read_to_string(dir.join("mod.rs")) else {
        return BTreeMap::new();
    };
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for statement in text.split(';') {
        let Some(at) = statement.find("pub use ") else {
            continue;
        };
        let statement = &statement[at + "pub use ".len()..];
        let module: String = statement
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let words = statement[module.len()..]
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty() && !matches!(*w, "as" | "self" | "super" | "crate"));
        for word in words {
            found
                .entry(word.to_owned())
                .or_default()
                .insert(module.clone());
        }
    }
    found
        .into_iter()
        .filter_map(|(name, modules)| {
            (modules.len() == 1).then(|| (name, modules.into_iter().next().unwrap_or_default()))
        })
        .collect()
}

/// The dependency graph between the child modules of `dir` (`src` or `src/app`): an edge
/// from each module to the siblings its files name, directly or through a name `dir`
/// re-exports.
fn graph_of(dir: &Path, known: &BTreeSet<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let in_app = dir.ends_with("app");
    let exported = reexports(dir);
    for file in rust_files(dir) {
        let Some(module) = module_of(&file, dir) else {
            continue;
        };
        let code = code(&file);
        let mut names = BTreeSet::new();
        if in_app {
            let prefix = "super::".repeat(depth_below(&file, dir));
            names.extend(segments_after(&code, &prefix));
            names.extend(segments_after(&code, "crate::app::"));
        } else {
            names.extend(segments_after(&code, "crate::"));
            if depth_below(&file, dir) == 2 {
                // `src/x/y.rs` naming `super::super::z` is `crate::z`.
                names.extend(segments_after(&code, "super::super::"));
            }
        }
        let entry = graph.entry(module.clone()).or_default();
        for name in names {
            let target = if known.contains(&name) {
                Some(name)
            } else {
                exported.get(&name).cloned()
            };
            if let Some(target) = target.filter(|t| *t != module && known.contains(t)) {
                entry.insert(target);
            }
        }
    }
    graph
}

fn child_modules(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("read")
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_name()?.to_string_lossy().into_owned();
            if path.is_dir() {
                Some(name)
            } else {
                let stem = name.strip_suffix(".rs")?;
                (!matches!(stem, "mod" | "lib" | "main")).then(|| stem.to_owned())
            }
        })
        .collect()
}

#[test]
fn only_the_app_names_egui_or_eframe() {
    let root = src();
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let rel = relative(&file);
        if rel.starts_with("app/") || rel == "main.rs" {
            continue;
        }
        for (n, line) in code(&file).lines().enumerate() {
            if line.contains("egui") || line.contains("eframe") {
                found.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "egui or eframe named outside src/app (the core must build without a GUI):\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_command_line_and_main_use_the_app() {
    let root = src();
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let rel = relative(&file);
        if rel.starts_with("app/") || rel == "main.rs" || rel == "cli.rs" || rel == "lib.rs" {
            continue;
        }
        let code = code(&file);
        let depth = depth_below(&file, &root);
        let mut names = segments_after(&code, "crate::");
        if depth == 2 {
            names.extend(segments_after(&code, "super::super::"));
        }
        if names.contains("app") || code.contains("treaty_tracker::app") {
            found.push(format!("src/{rel}"));
        }
    }
    assert!(
        found.is_empty(),
        "the app used outside src/cli.rs and src/main.rs: {found:?}"
    );
}

#[test]
fn no_cycle_between_the_top_level_modules() {
    let root = src();
    let graph = graph_of(&root, &child_modules(&root));
    assert!(
        graph.contains_key("model") && graph.contains_key("app"),
        "{graph:?}"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!("a cycle between modules: {}", cycle.join(" -> "));
    }
}

#[test]
fn no_cycle_between_the_modules_of_the_app() {
    let app = src().join("app");
    let graph = graph_of(&app, &child_modules(&app));
    assert!(graph.contains_key("command"), "{graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("a cycle between the app's modules: {}", cycle.join(" -> "));
    }
}

#[test]
fn analysis_views_do_not_reach_into_each_other() {
    let insight = src().join("app").join("insight");
    let views = ["coalition", "gaps", "matrix", "profile", "shifts", "trends"];
    let mut found = Vec::new();
    for view in views {
        let file = insight.join(format!("{view}.rs"));
        let code = code(&file);
        for name in segments_after(&code, "super::") {
            if views.contains(&name.as_str()) && name != view {
                found.push(format!("app/insight/{view}.rs uses {name}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a view reaches into a sibling view (move what they share to a shared module): {found:?}"
    );
}

#[test]
fn the_checks_see_a_violation() {
    // The parser finds grouped and nested uses, and the cycle finder finds a cycle: the checks
    // above cannot pass for want of seeing anything.
    let code = "use super::{actions::Navigate, document::{Document, Edit}};\nuse super::super::x;";
    let names = segments_after(code, "super::");
    assert_eq!(
        names,
        BTreeSet::from(["actions".to_owned(), "document".to_owned()])
    );
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".to_owned(), "b".to_owned(), "a".to_owned()])
    );
}
