//! The translations: every English message has its French one and every French one an
//! English one; every message is used by the code; each reads in both languages.

use std::collections::BTreeSet;
use std::path::Path;

use treaty_tracker::i18n::{Lang, integer, loader};

/// The message ids of a Fluent file (terms and comments left out).
fn ids(lang: &str) -> BTreeSet<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/treaty_tracker.ftl"));
    let text = std::fs::read_to_string(&path).expect("the Fluent file");
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Every Rust source of the crate, as one text.
fn sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("a source"));
            }
        }
    }
    let mut out = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_is_in_english_and_in_french() {
    let (en, fr) = (ids("en"), ids("fr"));
    assert!(en.len() > 100, "{} English messages", en.len());
    let missing: Vec<_> = en.difference(&fr).collect();
    let extra: Vec<_> = fr.difference(&en).collect();
    assert!(missing.is_empty(), "missing in French: {missing:?}");
    assert!(extra.is_empty(), "in French only (unused): {extra:?}");
}

#[test]
fn every_message_is_used() {
    let code = sources();
    let unused: Vec<String> = ids("en")
        .into_iter()
        .filter(|id| {
            // An action's tooltip is read as its id and "-tip" (src/app/actions.rs).
            let base = id.strip_suffix("-tip").unwrap_or(id);
            !code.contains(&format!("\"{id}\"")) && !code.contains(&format!("\"{base}\""))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_message_reads_in_both_languages() {
    for lang in Lang::ALL {
        for id in ids("en") {
            assert!(loader(lang).has(&id), "{id} in {}", lang.code());
        }
    }
    // Plurals by each language's rules: French says 0 and 1 in the singular.
    let count = |lang: Lang, n: usize| {
        let mut args = std::collections::HashMap::new();
        args.insert("n", fluent_value(n));
        args.insert("shown", fluent_bundle::FluentValue::from(integer(lang, n)));
        loader(lang).get_args("count-statements", args)
    };
    assert_eq!(count(Lang::En, 1), "1 statement");
    assert_eq!(count(Lang::En, 0), "0 statements");
    assert_eq!(count(Lang::Fr, 1), "1 déclaration");
    assert_eq!(count(Lang::Fr, 0), "0 déclaration");
    assert_eq!(count(Lang::Fr, 52_428), "52\u{202f}428 déclarations");
    assert_eq!(count(Lang::En, 52_428), "52,428 statements");
    // No isolation marks around arguments: they would leak into exports and file names.
    assert!(!count(Lang::Fr, 2).contains('\u{2068}'));
}

fn fluent_value(n: usize) -> fluent_bundle::FluentValue<'static> {
    fluent_bundle::FluentValue::from(n)
}

#[test]
fn languages_are_read_from_locales() {
    assert_eq!(Lang::from_tag("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("de_DE"), None);
    assert_eq!(Lang::from_tag(""), None);
}
