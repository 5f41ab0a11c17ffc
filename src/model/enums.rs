//! Closed vocabularies of the model: stances, kinds, regions and confidence levels.

use serde::{Deserialize, Serialize};

use crate::rgb::Rgb;

/// How a statement bears on one principle, always relative to the principle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stance {
    /// Strongly supports the principle (+2).
    StronglySupports,
    /// Supports the principle (+1).
    Supports,
    /// Mixed or ambivalent (0). Not the same as "no recorded position".
    Mixed,
    /// Opposes the principle (-1).
    Opposes,
    /// Strongly opposes the principle (-2).
    StronglyOpposes,
}

/// One row of the stance table: everything the program says about a stance level.
struct StanceRow {
    score: i8,
    name: &'static str,
    symbol: &'static str,
    label: &'static str,
    /// Fill of a cell or bar segment.
    fill: Rgb,
    /// Text colour of the symbol on a light panel, then on a dark one.
    text: [Rgb; 2],
}

/// The stance table, in the order of [`Stance::ALL`] (strong support first). A new stance
/// level is a new variant and a new row here (and a line in the docs).
///
/// The colours are diverging blue (support) to orange (opposition) around a neutral grey,
/// after the Color Brewer schemes `RdBu` and `PuOr` (the palette module explains the choice).
const STANCE_TABLE: [StanceRow; Stance::COUNT] = [
    StanceRow {
        score: 2,
        name: "StronglySupports",
        symbol: "++",
        label: "Strongly supports",
        fill: Rgb(0x21, 0x66, 0xAC),
        text: [Rgb(0x08, 0x45, 0x94), Rgb(0x6b, 0xae, 0xff)],
    },
    StanceRow {
        score: 1,
        name: "Supports",
        symbol: "+",
        label: "Supports",
        fill: Rgb(0x92, 0xC5, 0xDE),
        text: [Rgb(0x31, 0x82, 0xbd), Rgb(0x9e, 0xca, 0xe1)],
    },
    StanceRow {
        score: 0,
        name: "Mixed",
        symbol: "~",
        label: "Mixed",
        fill: Rgb(0xC4, 0xC4, 0xC4),
        text: [Rgb(0x60, 0x60, 0x60), Rgb(0xb0, 0xb0, 0xb0)],
    },
    StanceRow {
        score: -1,
        name: "Opposes",
        symbol: "-",
        label: "Opposes",
        fill: Rgb(0xFD, 0xB8, 0x63),
        text: [Rgb(0xc0, 0x5a, 0x00), Rgb(0xfd, 0xae, 0x6b)],
    },
    StanceRow {
        score: -2,
        name: "StronglyOpposes",
        symbol: "--",
        label: "Strongly opposes",
        fill: Rgb(0xD9, 0x5F, 0x02),
        text: [Rgb(0x8c, 0x2d, 0x04), Rgb(0xf1, 0x69, 0x13)],
    },
];

impl Stance {
    /// How many stance levels there are.
    pub const COUNT: usize = 5;

    /// Every stance, from strong support to strong opposition.
    pub const ALL: [Stance; Stance::COUNT] = [
        Stance::StronglySupports,
        Stance::Supports,
        Stance::Mixed,
        Stance::Opposes,
        Stance::StronglyOpposes,
    ];

    /// Every stance by rising score, from strong opposition to strong support: the order of
    /// [`StanceCounts`] and of the diverging bars.
    pub const BY_SCORE: [Stance; Stance::COUNT] = [
        Stance::StronglyOpposes,
        Stance::Opposes,
        Stance::Mixed,
        Stance::Supports,
        Stance::StronglySupports,
    ];

    /// Position of the stance in [`Stance::ALL`] (0 is strong support).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Position of the stance in [`Stance::BY_SCORE`] and in a [`StanceCounts`] (0 is strong
    /// opposition).
    pub fn count_slot(self) -> usize {
        Stance::ALL.len() - 1 - self.index()
    }

    fn row(self) -> &'static StanceRow {
        &STANCE_TABLE[self.index()]
    }

    /// The score METHODOLOGY.md gives the stance: +2, +1, 0, -1, -2.
    pub fn score(self) -> i8 {
        self.row().score
    }

    /// The stance for a score in -2..=2, `None` outside it.
    pub fn from_score(score: i8) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.score() == score)
    }

    /// The file-format name of the stance, as written in RON, JSON and CSV.
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The short quick-entry suffix of the stance: `++ + ~ - --`.
    pub fn symbol(self) -> &'static str {
        self.row().symbol
    }

    /// The symbol for display: as [`Stance::symbol`], with minus signs (U+2212) instead of
    /// hyphens, as wide as a plus, so that `−−` and `−` cannot be mistaken for each other in a
    /// proportional font (two hyphens read as one dash). Typed input keeps `--` and `-`.
    pub fn shown_symbol(self) -> &'static str {
        match self {
            Stance::StronglyOpposes => "\u{2212}\u{2212}",
            Stance::Opposes => "\u{2212}",
            other => other.symbol(),
        }
    }

    /// The stance in plain words, for people: "Strongly supports".
    pub fn label(self) -> &'static str {
        self.row().label
    }

    /// Fill of a cell or bar segment holding the stance.
    pub fn fill(self) -> Rgb {
        self.row().fill
    }

    /// Text colour of the stance's symbol on a panel (not on a fill), for a light or a dark
    /// theme.
    pub fn text_on_panel(self, dark: bool) -> Rgb {
        self.row().text[usize::from(dark)]
    }

    /// Whether the stance is on the side of support (score above 0).
    pub fn supports(self) -> bool {
        self.score() > 0
    }

    /// Whether the stance is on the side of opposition (score below 0).
    pub fn opposes(self) -> bool {
        self.score() < 0
    }
}

/// How many hold each stance, indexed by [`Stance::count_slot`] (strong opposition first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StanceCounts(pub [usize; Stance::COUNT]);

impl StanceCounts {
    /// How many hold `stance`.
    pub fn get(&self, stance: Stance) -> usize {
        self.0[stance.count_slot()]
    }

    /// Counts one more holder of `stance`.
    pub fn add(&mut self, stance: Stance) {
        self.0[stance.count_slot()] += 1;
    }

    /// Everyone counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// Those who support (score above 0).
    pub fn supporting(&self) -> usize {
        self.sum_where(Stance::supports)
    }

    /// Those who are mixed (score 0).
    pub fn neutral(&self) -> usize {
        self.sum_where(|s| s.score() == 0)
    }

    /// Those who oppose (score below 0).
    pub fn opposing(&self) -> usize {
        self.sum_where(Stance::opposes)
    }

    /// Every stance with its count, by rising score.
    pub fn iter(&self) -> impl Iterator<Item = (Stance, usize)> + '_ {
        Stance::BY_SCORE.into_iter().map(|s| (s, self.get(s)))
    }

    fn sum_where(&self, keep: impl Fn(Stance) -> bool) -> usize {
        self.iter().filter(|&(s, _)| keep(s)).map(|(_, n)| n).sum()
    }
}

/// The kind of a negotiating session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SessionKind {
    /// Organizational session (modalities, bureau, rules).
    Organizational,
    /// Formal negotiating session.
    Formal,
    /// Intersessional consultation.
    Intersessional,
    /// Informal consultation.
    Informal,
    /// Anything else.
    Other,
}

impl SessionKind {
    /// Every kind.
    pub const ALL: [SessionKind; 5] = [
        SessionKind::Organizational,
        SessionKind::Formal,
        SessionKind::Intersessional,
        SessionKind::Informal,
        SessionKind::Other,
    ];

    /// The file-format name of the kind.
    pub fn name(self) -> &'static str {
        match self {
            SessionKind::Organizational => "Organizational",
            SessionKind::Formal => "Formal",
            SessionKind::Intersessional => "Intersessional",
            SessionKind::Informal => "Informal",
            SessionKind::Other => "Other",
        }
    }

    /// The kind in plain words, for people: "Intersessional". The words are the file-format names.
    pub fn label(self) -> &'static str {
        self.name()
    }
}

/// The kind of a stakeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StakeholderKind {
    /// A state (member or observer state).
    State,
    /// A group of stakeholders speaking together; its members are listed.
    Bloc,
    /// An intergovernmental organisation.
    IntergovernmentalOrg,
    /// A civil-society organisation.
    CivilSociety,
    /// A company or industry association.
    PrivateSector,
    /// A university or research body.
    Academia,
    /// The technical community (standards bodies, registries, CERTs).
    TechnicalCommunity,
    /// Anything else.
    Other,
    /// Indigenous Peoples' organisations and caucuses.
    IndigenousPeoples,
    /// Workers and trade unions (waste pickers' alliances, labour federations).
    Workers,
    /// The scientific community (scientists' coalitions, research networks).
    ScientificCommunity,
    /// Local and subnational authorities (cities, regions).
    LocalAuthorities,
}

impl StakeholderKind {
    /// Every kind, in file order.
    pub const ALL: [StakeholderKind; 12] = [
        StakeholderKind::State,
        StakeholderKind::Bloc,
        StakeholderKind::IntergovernmentalOrg,
        StakeholderKind::CivilSociety,
        StakeholderKind::PrivateSector,
        StakeholderKind::Academia,
        StakeholderKind::TechnicalCommunity,
        StakeholderKind::IndigenousPeoples,
        StakeholderKind::Workers,
        StakeholderKind::ScientificCommunity,
        StakeholderKind::LocalAuthorities,
        StakeholderKind::Other,
    ];

    /// The file-format name of the kind.
    pub fn name(self) -> &'static str {
        match self {
            StakeholderKind::State => "State",
            StakeholderKind::Bloc => "Bloc",
            StakeholderKind::IntergovernmentalOrg => "IntergovernmentalOrg",
            StakeholderKind::CivilSociety => "CivilSociety",
            StakeholderKind::PrivateSector => "PrivateSector",
            StakeholderKind::Academia => "Academia",
            StakeholderKind::TechnicalCommunity => "TechnicalCommunity",
            StakeholderKind::Other => "Other",
            StakeholderKind::IndigenousPeoples => "IndigenousPeoples",
            StakeholderKind::Workers => "Workers",
            StakeholderKind::ScientificCommunity => "ScientificCommunity",
            StakeholderKind::LocalAuthorities => "LocalAuthorities",
        }
    }

    /// The kind in plain words, for people: "Intergovernmental organisation".
    pub fn label(self) -> &'static str {
        match self {
            StakeholderKind::State => "State",
            StakeholderKind::Bloc => "Bloc",
            StakeholderKind::IntergovernmentalOrg => "Intergovernmental organisation",
            StakeholderKind::CivilSociety => "Civil society",
            StakeholderKind::PrivateSector => "Private sector",
            StakeholderKind::Academia => "Academia",
            StakeholderKind::TechnicalCommunity => "Technical community",
            StakeholderKind::Other => "Other",
            StakeholderKind::IndigenousPeoples => "Indigenous Peoples",
            StakeholderKind::Workers => "Workers and trade unions",
            StakeholderKind::ScientificCommunity => "Scientific community",
            StakeholderKind::LocalAuthorities => "Local authorities",
        }
    }
}

/// The five UN regional groups, for states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnRegion {
    /// African States.
    African,
    /// Asia-Pacific States.
    AsiaPacific,
    /// Eastern European States.
    EasternEuropean,
    /// Latin American and Caribbean States (GRULAC).
    LatinAmericanCaribbean,
    /// Western European and other States (WEOG).
    WesternEuropeanOthers,
}

impl UnRegion {
    /// Every regional group.
    pub const ALL: [UnRegion; 5] = [
        UnRegion::African,
        UnRegion::AsiaPacific,
        UnRegion::EasternEuropean,
        UnRegion::LatinAmericanCaribbean,
        UnRegion::WesternEuropeanOthers,
    ];

    /// The file-format name of the region.
    pub fn name(self) -> &'static str {
        match self {
            UnRegion::African => "African",
            UnRegion::AsiaPacific => "AsiaPacific",
            UnRegion::EasternEuropean => "EasternEuropean",
            UnRegion::LatinAmericanCaribbean => "LatinAmericanCaribbean",
            UnRegion::WesternEuropeanOthers => "WesternEuropeanOthers",
        }
    }

    /// The regional group in plain words, for people: "Western European and Others Group".
    pub fn label(self) -> &'static str {
        match self {
            UnRegion::African => "African Group",
            UnRegion::AsiaPacific => "Asia-Pacific Group",
            UnRegion::EasternEuropean => "Eastern European Group",
            UnRegion::LatinAmericanCaribbean => "Latin American and Caribbean Group",
            UnRegion::WesternEuropeanOthers => "Western European and Others Group",
        }
    }
}

/// Where the account of a statement comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// An official record or the speaker's own published text.
    Official,
    /// A report by an observer organisation.
    Observer,
    /// An AI-generated meeting summary (not an official record).
    AiSummary,
    /// Press or media coverage.
    Media,
    /// The user's own notes from the room or the webcast.
    OwnNotes,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// Every kind.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Official,
        SourceKind::Observer,
        SourceKind::AiSummary,
        SourceKind::Media,
        SourceKind::OwnNotes,
        SourceKind::Other,
    ];

    /// The file-format name of the source kind.
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Official => "Official",
            SourceKind::Observer => "Observer",
            SourceKind::AiSummary => "AiSummary",
            SourceKind::Media => "Media",
            SourceKind::OwnNotes => "OwnNotes",
            SourceKind::Other => "Other",
        }
    }

    /// The source kind in plain words, for people: "AI summary".
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Official => "Official",
            SourceKind::Observer => "Observer",
            SourceKind::AiSummary => "AI summary",
            SourceKind::Media => "Media",
            SourceKind::OwnNotes => "Own notes",
            SourceKind::Other => "Other",
        }
    }
}

/// How sure the user is of the reading of a statement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// Primary document, or a reputable observer quoting an identifiable statement.
    High,
    /// A summary that is not an official record, or a truncated source.
    #[default]
    Medium,
    /// Secondary media relaying wire copy.
    Low,
}

impl Confidence {
    /// Every level, surest first.
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];

    /// The file-format name of the confidence level.
    pub fn name(self) -> &'static str {
        match self {
            Confidence::High => "High",
            Confidence::Medium => "Medium",
            Confidence::Low => "Low",
        }
    }

    /// The confidence level in plain words, for people: "Medium". The words are the file-format names.
    pub fn label(self) -> &'static str {
        self.name()
    }
}
