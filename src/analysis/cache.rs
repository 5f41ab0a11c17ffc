//! [`AnalysisCache`]: the analysis of one document revision, kept until the revision or the
//! options change.

use super::{AnalysisOptions, ProjectAnalysis, StatementEdit};
use crate::model::Project;

/// The analysis of one document revision, recomputed only when the revision or the options
/// change. The app bumps the revision on every edit.
#[derive(Debug, Default)]
pub struct AnalysisCache {
    cached: Option<(u64, ProjectAnalysis)>,
}

impl AnalysisCache {
    /// The analysis of `project` at `revision`, computed now unless already cached.
    pub fn get(
        &mut self,
        project: &Project,
        revision: u64,
        options: AnalysisOptions,
    ) -> &ProjectAnalysis {
        let fresh =
            matches!(&self.cached, Some((r, a)) if *r == revision && a.options() == options);
        if !fresh {
            self.cached = None;
        }
        let (_, analysis) = self
            .cached
            .get_or_insert_with(|| (revision, ProjectAnalysis::compute(project, options)));
        analysis
    }

    /// Applies one statement edit to the cached analysis and moves it to `revision` when the
    /// cache holds `previous_revision` with these options; otherwise leaves it (the next
    /// [`AnalysisCache::get`] computes afresh). Returns whether it was updated.
    pub fn update_if_cached(
        &mut self,
        project: &Project,
        previous_revision: u64,
        revision: u64,
        edit: StatementEdit<'_>,
        options: AnalysisOptions,
    ) -> bool {
        match &mut self.cached {
            Some((r, analysis)) if *r == previous_revision && analysis.options() == options => {
                analysis.update_statement(project, edit);
                *r = revision;
                true
            }
            _ => false,
        }
    }

    /// Applies one statement edit to the cached analysis and moves it to `revision`; computes
    /// afresh when nothing usable is cached.
    pub fn update_statement(
        &mut self,
        project: &Project,
        previous_revision: u64,
        revision: u64,
        edit: StatementEdit<'_>,
        options: AnalysisOptions,
    ) {
        if !self.update_if_cached(project, previous_revision, revision, edit, options) {
            self.cached = Some((revision, ProjectAnalysis::compute(project, options)));
        }
    }
}
