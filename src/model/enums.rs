//! Closed vocabularies of the model: stances, kinds, regions and confidence levels.

use serde::{Deserialize, Serialize};

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

impl Stance {
    /// Every stance, from strong support to strong opposition.
    pub const ALL: [Stance; 5] = [
        Stance::StronglySupports,
        Stance::Supports,
        Stance::Mixed,
        Stance::Opposes,
        Stance::StronglyOpposes,
    ];

    /// The score METHODOLOGY.md gives the stance: +2, +1, 0, -1, -2.
    pub fn score(self) -> i8 {
        match self {
            Stance::StronglySupports => 2,
            Stance::Supports => 1,
            Stance::Mixed => 0,
            Stance::Opposes => -1,
            Stance::StronglyOpposes => -2,
        }
    }

    /// The stance for a score in -2..=2, `None` outside it.
    pub fn from_score(score: i8) -> Option<Stance> {
        match score {
            2 => Some(Stance::StronglySupports),
            1 => Some(Stance::Supports),
            0 => Some(Stance::Mixed),
            -1 => Some(Stance::Opposes),
            -2 => Some(Stance::StronglyOpposes),
            _ => None,
        }
    }

    /// The file-format name of the stance, as written in RON, JSON and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Stance::StronglySupports => "StronglySupports",
            Stance::Supports => "Supports",
            Stance::Mixed => "Mixed",
            Stance::Opposes => "Opposes",
            Stance::StronglyOpposes => "StronglyOpposes",
        }
    }

    /// The short quick-entry suffix of the stance: `++ + ~ - --`.
    pub fn symbol(self) -> &'static str {
        match self {
            Stance::StronglySupports => "++",
            Stance::Supports => "+",
            Stance::Mixed => "~",
            Stance::Opposes => "-",
            Stance::StronglyOpposes => "--",
        }
    }

    /// The stance in plain words, for people: "Strongly supports".
    pub fn label(self) -> &'static str {
        match self {
            Stance::StronglySupports => "Strongly supports",
            Stance::Supports => "Supports",
            Stance::Mixed => "Mixed",
            Stance::Opposes => "Opposes",
            Stance::StronglyOpposes => "Strongly opposes",
        }
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
}

impl StakeholderKind {
    /// Every kind, in file order.
    pub const ALL: [StakeholderKind; 8] = [
        StakeholderKind::State,
        StakeholderKind::Bloc,
        StakeholderKind::IntergovernmentalOrg,
        StakeholderKind::CivilSociety,
        StakeholderKind::PrivateSector,
        StakeholderKind::Academia,
        StakeholderKind::TechnicalCommunity,
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
}
