//! Where the user is: the views of the central panel, and requests to show something in
//! another view.

use serde::{Deserialize, Serialize};

/// The views of the central panel, in the order of the View menu (Ctrl+1…9 for the first nine).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// Treaty, framework, counts, timeline and latest statements.
    #[default]
    Overview,
    /// The statement log: every statement, filtered and sorted, with its detail.
    Log,
    /// Stakeholders × principles for one session.
    Matrix,
    /// Alignment, support and gap over the sessions.
    Trends,
    /// Per principle, support, mixed, opposition and silence.
    Gaps,
    /// Who moved on what between two sessions.
    Shifts,
    /// The 2D map of who agrees with whom.
    Coalition,
    /// One stakeholder's positions over time, or up to four side by side.
    Profile,
    /// The principles of the framework.
    Principles,
    /// The sessions in order.
    Sessions,
    /// The stakeholders.
    Stakeholders,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 11] = [
        View::Overview,
        View::Log,
        View::Matrix,
        View::Trends,
        View::Gaps,
        View::Shifts,
        View::Coalition,
        View::Profile,
        View::Principles,
        View::Sessions,
        View::Stakeholders,
    ];

    /// Whether it is one of the analysis views (they need the analysis computed).
    pub fn is_analysis(self) -> bool {
        matches!(
            self,
            View::Matrix
                | View::Trends
                | View::Gaps
                | View::Shifts
                | View::Coalition
                | View::Profile
        )
    }

    /// The view's name in menus and the navigator, in the window's language (its message is
    /// also its action's label in the action table).
    pub fn label(self) -> String {
        crate::i18n::text(match self {
            View::Overview => "view-overview",
            View::Log => "view-log",
            View::Matrix => "view-matrix",
            View::Trends => "view-trends",
            View::Gaps => "view-gaps",
            View::Shifts => "view-shifts",
            View::Coalition => "view-coalition",
            View::Profile => "view-profile",
            View::Principles => "view-principles",
            View::Sessions => "view-sessions",
            View::Stakeholders => "view-stakeholders",
        })
    }
}

/// A request from one view to show something in another (a matrix cell's statements in the
/// log, a stakeholder's profile), applied by the app after the frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Navigate {
    /// The log filtered to everything behind a cell: the stakeholder's own statements on the
    /// principle and those of the blocs it belongs to (whose statements count for it).
    LogBehind {
        /// A stakeholder id.
        stakeholder: String,
        /// A principle id.
        principle: String,
    },
    /// The statement log filtered to these (`None`: any).
    Log {
        /// A stakeholder id: its own statements and those it delivered (a bloc's members are
        /// added by ticking "with its members" in the log).
        stakeholder: Option<String>,
        /// A principle id.
        principle: Option<String>,
        /// A session id.
        session: Option<String>,
    },
    /// A stakeholder's profile.
    Profile(String),
}
