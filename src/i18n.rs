//! The user's language: the window's words (and, as they are translated, the reports') come
//! from Fluent files, `i18n/LANG/treaty_tracker.ftl`, embedded in the binary. English is
//! complete and the fallback; French is the second language.
//!
//! Two loaders live side by side, one per language, so that a report can be written in one
//! language while the window speaks another. The window's language is a process-wide choice
//! ([`set_language`]); [`tr!`](crate::tr) reads a message in it and checks at compile time
//! that the message exists in English. Fluent's Unicode isolation marks are off: they would
//! leak into exports, file names and test queries.
//!
//! `tests/i18n.rs` fails when a message is missing in French, or unused.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

#[derive(RustEmbed)]
#[folder = "i18n"]
struct Localizations;

/// A language of the window and the reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order the menu lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language's code (`en`, `fr`): the Fluent folder, `report --lang`, HTML's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language of a locale or language tag (`fr`, `fr-CA`, `fr_FR.UTF-8`), if we speak
    /// it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The system's language (its locale), or English when we do not speak it.
    pub fn from_system() -> Lang {
        sys_locale::get_locale()
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_default()
    }
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new("treaty_tracker", Lang::En.code().parse().expect("en"));
    let id: i18n_embed::unic_langid::LanguageIdentifier =
        lang.code().parse().expect("a language code");
    if let Err(e) = loader.load_languages(&Localizations, &[id]) {
        log::error!("the {} messages could not be loaded: {e}", lang.code());
    }
    loader.set_use_isolating(false);
    loader
}

static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));
static FRENCH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Fr));

/// The loader of `lang`'s messages.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Fr => &FRENCH,
    }
}

static WINDOW: AtomicU8 = AtomicU8::new(0);

/// Makes `lang` the window's language, from the next frame.
pub fn set_language(lang: Lang) {
    WINDOW.store(
        match lang {
            Lang::En => 0,
            Lang::Fr => 1,
        },
        Ordering::Relaxed,
    );
}

/// The window's language.
pub fn language() -> Lang {
    match WINDOW.load(Ordering::Relaxed) {
        1 => Lang::Fr,
        _ => Lang::En,
    }
}

/// The loader of the window's language (what [`tr!`](crate::tr) reads).
pub fn window() -> &'static FluentLanguageLoader {
    loader(language())
}

/// A message by an id known only at run time (the action table's), in the window's language.
/// Prefer [`tr!`](crate::tr), which checks the id when compiling.
pub fn text(id: &str) -> String {
    window().get(id)
}

/// A message of the window's language, its id checked against the English file when compiling:
/// `tr!("menu-file")`, `tr!("status-saved", path = name)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::window(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::window(), $id, $($args)*)
    };
}

/// A count with its noun in the window's language, chosen by the language's plural rules:
/// `counted!("count-statements", 3)` reads "3 statements", "3 déclarations". The message gets
/// the number as `$n` (for the choice) and as `$shown`, written the language's way
/// ("52,428" or "52 428").
#[macro_export]
macro_rules! counted {
    ($id:literal, $n:expr) => {{
        let n: usize = $n;
        i18n_embed_fl::fl!(
            $crate::i18n::window(),
            $id,
            n = n,
            shown = $crate::i18n::integer($crate::i18n::language(), n)
        )
    }};
}

/// A whole number written `lang`'s way: "52,428" in English, "52 428" in French (a narrow
/// no-break space between thousands).
pub fn integer(lang: Lang, n: usize) -> String {
    let english = crate::format::thousands(n);
    match lang {
        Lang::En => english,
        Lang::Fr => english.replace(',', "\u{202f}"),
    }
}

/// Words for one of the method's values (a stance, a kind of stakeholder, a verdict...) in a
/// language: the window's ([`Localized::words`]) or a report's ([`Localized::words_in`]). The
/// core's `label()` stays the English of the file format's documentation and the CSV.
pub trait Localized: Copy {
    /// The message id of the value.
    fn message_id(self) -> &'static str;

    /// The value in the window's language.
    fn words(self) -> String {
        window().get(self.message_id())
    }

    /// The value in `lang`.
    fn words_in(self, lang: Lang) -> String {
        loader(lang).get(self.message_id())
    }
}

use crate::analysis::Verdict;
use crate::model::{Confidence, SessionKind, SourceKind, StakeholderKind, Stance, UnRegion};

impl Localized for Stance {
    fn message_id(self) -> &'static str {
        match self {
            Stance::StronglySupports => "stance-strongly-supports",
            Stance::Supports => "stance-supports",
            Stance::Mixed => "stance-mixed",
            Stance::Opposes => "stance-opposes",
            Stance::StronglyOpposes => "stance-strongly-opposes",
        }
    }
}

impl Localized for StakeholderKind {
    fn message_id(self) -> &'static str {
        match self {
            StakeholderKind::State => "kind-state",
            StakeholderKind::Bloc => "kind-bloc",
            StakeholderKind::IntergovernmentalOrg => "kind-intergovernmental-org",
            StakeholderKind::CivilSociety => "kind-civil-society",
            StakeholderKind::PrivateSector => "kind-private-sector",
            StakeholderKind::Academia => "kind-academia",
            StakeholderKind::TechnicalCommunity => "kind-technical-community",
            StakeholderKind::Other => "kind-other",
            StakeholderKind::IndigenousPeoples => "kind-indigenous-peoples",
            StakeholderKind::Workers => "kind-workers",
            StakeholderKind::ScientificCommunity => "kind-scientific-community",
            StakeholderKind::LocalAuthorities => "kind-local-authorities",
        }
    }
}

impl Localized for SessionKind {
    fn message_id(self) -> &'static str {
        match self {
            SessionKind::Organizational => "session-kind-organizational",
            SessionKind::Formal => "session-kind-formal",
            SessionKind::Intersessional => "session-kind-intersessional",
            SessionKind::Informal => "session-kind-informal",
            SessionKind::Other => "session-kind-other",
        }
    }
}

impl Localized for UnRegion {
    fn message_id(self) -> &'static str {
        match self {
            UnRegion::African => "region-african",
            UnRegion::AsiaPacific => "region-asia-pacific",
            UnRegion::EasternEuropean => "region-eastern-european",
            UnRegion::LatinAmericanCaribbean => "region-latin-american-caribbean",
            UnRegion::WesternEuropeanOthers => "region-western-european-others",
        }
    }
}

impl Localized for SourceKind {
    fn message_id(self) -> &'static str {
        match self {
            SourceKind::Official => "source-official",
            SourceKind::Observer => "source-observer",
            SourceKind::AiSummary => "source-ai-summary",
            SourceKind::Media => "source-media",
            SourceKind::OwnNotes => "source-own-notes",
            SourceKind::Other => "source-other",
        }
    }
}

impl Localized for Confidence {
    fn message_id(self) -> &'static str {
        match self {
            Confidence::High => "confidence-high",
            Confidence::Medium => "confidence-medium",
            Confidence::Low => "confidence-low",
        }
    }
}

impl Localized for Verdict {
    fn message_id(self) -> &'static str {
        match self {
            Verdict::Silent => "verdict-silent",
            Verdict::TooFew => "verdict-too-few",
            Verdict::Contested => "verdict-contested",
            Verdict::BroadSupport => "verdict-broad-support",
            Verdict::LeaningSupport => "verdict-leaning-support",
            Verdict::BroadOpposition => "verdict-broad-opposition",
            Verdict::LeaningOpposition => "verdict-leaning-opposition",
            Verdict::Mixed => "verdict-mixed",
        }
    }
}

/// A message of `lang` (a report's language rather than the window's), its id checked against
/// the English file when compiling: `tr_in!(lang, "report-summary")`,
/// `tr_in!(lang, "report-since", session = id)`.
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}

/// A decimal number already written the English way ("0.25", "+0.01", "-0.13") written
/// `lang`'s way: unchanged in English, with a decimal comma in French ("0,25").
pub fn decimal(lang: Lang, english: String) -> String {
    match lang {
        Lang::En => english,
        Lang::Fr => english.replace('.', ","),
    }
}

/// A date for people in `lang`: ISO in English ("2024-07-29", as the reports have always
/// written it), the day, the month's name and the year in French ("29 juillet 2024",
/// "1er août 2024").
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    if lang == Lang::En {
        return d.to_string();
    }
    let month = match d.month() {
        1 => tr_in!(lang, "report-month-january"),
        2 => tr_in!(lang, "report-month-february"),
        3 => tr_in!(lang, "report-month-march"),
        4 => tr_in!(lang, "report-month-april"),
        5 => tr_in!(lang, "report-month-may"),
        6 => tr_in!(lang, "report-month-june"),
        7 => tr_in!(lang, "report-month-july"),
        8 => tr_in!(lang, "report-month-august"),
        9 => tr_in!(lang, "report-month-september"),
        10 => tr_in!(lang, "report-month-october"),
        11 => tr_in!(lang, "report-month-november"),
        _ => tr_in!(lang, "report-month-december"),
    };
    let day = if d.day() == 1 {
        "1er".to_owned()
    } else {
        d.day().to_string()
    };
    format!("{day} {month} {}", d.year())
}
