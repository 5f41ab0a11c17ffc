//! The core's typed problems in a language (the window's, as the call sites pass it): what
//! validation finds in a project, what is wrong with an id typed in an editor, the spreadsheet
//! import's problems, notes and column choices, and the rows pasted into the stakeholder
//! editor. The core keeps its English `Display` (`check`, `import` and the tests read it); the
//! English messages here say exactly the same. Positions and ids stay as written.

use crate::i18n::{Lang, Localized as _};
use crate::import::{Field, ImportProblem, LeftOut, PasteProblem, Plan, WorkbookNote};
use crate::model::{Collection, Entity, IdProblem, Problem, ProblemKind};
use crate::tr_in;

/// A list's noun in `lang`: "principle", "partie prenante".
fn noun(lang: Lang, list: Collection) -> String {
    match list {
        Collection::Principles => tr_in!(lang, "problem-noun-principle"),
        Collection::Sessions => tr_in!(lang, "problem-noun-session"),
        Collection::Stakeholders => tr_in!(lang, "problem-noun-stakeholder"),
        Collection::Statements => tr_in!(lang, "problem-noun-statement"),
    }
}

/// A character as `U+200B`.
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// What a problem is about: "principle P1", "session #3", "conflict #2".
pub fn entity(lang: Lang, entity: &Entity) -> String {
    let (list, index, id) = match entity {
        Entity::Project => return tr_in!(lang, "problem-entity-project"),
        Entity::Conflict { index } => {
            return tr_in!(lang, "problem-entity-conflict", n = (index + 1));
        }
        Entity::Principle { index, id } => (Collection::Principles, index, id),
        Entity::Session { index, id } => (Collection::Sessions, index, id),
        Entity::Stakeholder { index, id } => (Collection::Stakeholders, index, id),
        Entity::Statement { index, id } => (Collection::Statements, index, id),
    };
    if id.is_empty() {
        tr_in!(
            lang,
            "problem-entity-number",
            kind = noun(lang, list),
            n = (index + 1)
        )
    } else {
        tr_in!(
            lang,
            "problem-entity",
            kind = noun(lang, list),
            id = id.as_str()
        )
    }
}

/// A merge conflict's record ("principle P1", "project", as the file holds it) in `lang`.
pub fn conflict_record(lang: Lang, record: &str) -> String {
    let (kind, id) = record.split_once(' ').unwrap_or((record, ""));
    let list = match kind {
        "project" if id.is_empty() => return tr_in!(lang, "problem-entity-project"),
        "principle" => Collection::Principles,
        "session" => Collection::Sessions,
        "stakeholder" => Collection::Stakeholders,
        "statement" => Collection::Statements,
        _ => return record.to_owned(),
    };
    tr_in!(lang, "problem-entity", kind = noun(lang, list), id = id)
}

/// One problem of a project: "principle P1: weight -1 is negative".
pub fn problem(lang: Lang, problem: &Problem) -> String {
    tr_in!(
        lang,
        "problem-line",
        entity = entity(lang, &problem.entity),
        problem = kind(lang, &problem.kind)
    )
}

/// What is wrong, without what it is about.
pub fn kind(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::FormatVersionZero => tr_in!(lang, "problem-format-version-zero"),
        ProblemKind::EmptyId(list) => tr_in!(lang, "problem-empty-id", kind = noun(lang, *list)),
        ProblemKind::IdPadded(list, id) => tr_in!(
            lang,
            "problem-id-padded",
            kind = noun(lang, *list),
            id = id.as_str()
        ),
        ProblemKind::IdSpace(list, id) => tr_in!(
            lang,
            "problem-id-space",
            kind = noun(lang, *list),
            id = id.as_str()
        ),
        ProblemKind::IdForbidden(list, id, c) => tr_in!(
            lang,
            "problem-id-forbidden",
            kind = noun(lang, *list),
            id = id.as_str(),
            char = c.to_string()
        ),
        ProblemKind::IdInvisible(list, id, c) => tr_in!(
            lang,
            "problem-id-invisible",
            kind = noun(lang, *list),
            id = crate::text::printable(id).into_owned(),
            code = code_point(*c)
        ),
        ProblemKind::DuplicateId(list, id, first) => tr_in!(
            lang,
            "problem-duplicate-id",
            kind = noun(lang, *list),
            id = id.as_str(),
            first = (first + 1)
        ),
        ProblemKind::DuplicateIdCase(list, id, first, first_id) => tr_in!(
            lang,
            "problem-duplicate-id-case",
            kind = noun(lang, *list),
            id = id.as_str(),
            first = (first + 1),
            first_id = first_id.as_str()
        ),
        ProblemKind::WeightNotFinite(w) => tr_in!(
            lang,
            "problem-weight-not-finite",
            weight = crate::i18n::decimal(lang, w.to_string())
        ),
        ProblemKind::WeightNegative(w) => tr_in!(
            lang,
            "problem-weight-negative",
            weight = crate::i18n::decimal(lang, w.to_string())
        ),
        ProblemKind::EndBeforeStart { start, end } => tr_in!(
            lang,
            "problem-end-before-start",
            start = start.to_string(),
            end = end.to_string()
        ),
        ProblemKind::MembersOfNonBloc(k) => tr_in!(
            lang,
            "problem-members-of-non-bloc",
            // English names the kind as the file writes it.
            kind = match lang {
                Lang::En => k.name().to_owned(),
                Lang::Fr => k.words_in(lang),
            }
        ),
        ProblemKind::UnknownMember(m) => {
            tr_in!(lang, "problem-unknown-member", member = m.as_str())
        }
        ProblemKind::OwnMember => tr_in!(lang, "problem-own-member"),
        ProblemKind::MemberTwice(m) => tr_in!(lang, "problem-member-twice", member = m.as_str()),
        ProblemKind::NotUlid(id) => tr_in!(lang, "problem-not-ulid", id = id.as_str()),
        ProblemKind::UnknownStakeholder(id) => {
            tr_in!(lang, "problem-unknown-stakeholder", id = id.as_str())
        }
        ProblemKind::UnknownSession(id) => {
            tr_in!(lang, "problem-unknown-session", id = id.as_str())
        }
        ProblemKind::UnknownSpeaker(id) => {
            tr_in!(lang, "problem-unknown-speaker", id = id.as_str())
        }
        ProblemKind::NoStance => tr_in!(lang, "problem-no-stance"),
        ProblemKind::UnknownPrinciple(id) => {
            tr_in!(lang, "problem-unknown-principle", id = id.as_str())
        }
        ProblemKind::UnresolvedConflict(record, field) => tr_in!(
            lang,
            "problem-unresolved-conflict",
            record = conflict_record(lang, record),
            field = field.as_str()
        ),
    }
}

/// What is wrong with an id typed in an editor.
pub fn id_problem(lang: Lang, problem: &IdProblem) -> String {
    match problem {
        IdProblem::Empty => tr_in!(lang, "problem-id-empty"),
        IdProblem::Spaces => tr_in!(lang, "problem-id-spaces"),
        IdProblem::Forbidden(c) => tr_in!(lang, "problem-id-forbidden-char", char = c.to_string()),
        IdProblem::Taken(id) => tr_in!(
            lang,
            "problem-id-taken",
            id = crate::text::printable(id).into_owned()
        ),
        IdProblem::Invisible(c) => {
            tr_in!(lang, "problem-id-invisible-char", code = code_point(*c))
        }
    }
}

/// What is wrong with a sheet, a row or a cell of a spreadsheet to import.
pub fn import_problem(lang: Lang, problem: &ImportProblem) -> String {
    use ImportProblem as P;
    match problem {
        P::SheetEmpty => tr_in!(lang, "import-issue-sheet-empty"),
        P::NoStakeholderColumn => tr_in!(lang, "import-issue-no-stakeholder-column"),
        P::LongLayoutHalf => tr_in!(lang, "import-issue-long-layout-half"),
        P::NoStanceColumn => tr_in!(lang, "import-issue-no-stance-column"),
        P::ColumnPrincipleUnknown { column, id } => tr_in!(
            lang,
            "import-issue-column-principle-unknown",
            column = crate::import::column_letters(*column),
            id = id.as_str()
        ),
        P::NoStakeholder => tr_in!(lang, "import-issue-no-stakeholder"),
        P::UnStateNotInProject { name, code } => tr_in!(
            lang,
            "import-issue-un-state",
            name = name.as_str(),
            code = code.as_str()
        ),
        P::UnknownStakeholder(name) => {
            tr_in!(
                lang,
                "import-issue-unknown-stakeholder",
                name = name.as_str()
            )
        }
        P::NotADate(text) => tr_in!(lang, "import-issue-not-a-date", text = text.as_str()),
        P::AmbiguousDate(text) => {
            tr_in!(lang, "import-issue-ambiguous-date", text = text.as_str())
        }
        P::BadDate(text) => tr_in!(lang, "import-issue-bad-date", text = text.as_str()),
        P::NotAnInstant(text) => {
            tr_in!(lang, "import-issue-not-an-instant", text = text.as_str())
        }
        P::BadInstant(text) => tr_in!(lang, "import-issue-bad-instant", text = text.as_str()),
        P::SessionNotInProject(id) => {
            tr_in!(
                lang,
                "import-issue-session-not-in-project",
                id = id.as_str()
            )
        }
        P::NoSession => tr_in!(lang, "import-issue-no-session"),
        P::UnknownSession(text) => {
            tr_in!(lang, "import-issue-unknown-session", text = text.as_str())
        }
        P::NotAStance(text) => tr_in!(lang, "import-issue-not-a-stance", text = text.as_str()),
        P::NoPrincipleForStance => tr_in!(lang, "import-issue-no-principle"),
        P::UnknownPrinciple(text) => {
            tr_in!(lang, "import-issue-unknown-principle", text = text.as_str())
        }
        P::TwoStances(p) => tr_in!(lang, "import-issue-two-stances", principle = p.as_str()),
        P::BadConfidence(text) => {
            tr_in!(lang, "import-issue-bad-confidence", text = text.as_str())
        }
        P::BadSourceKind(text) => {
            tr_in!(lang, "import-issue-bad-source-kind", text = text.as_str())
        }
        P::BadFlag(text) => tr_in!(lang, "import-issue-bad-flag", text = text.as_str()),
        P::UnknownDeliveredBy(text) => {
            tr_in!(
                lang,
                "import-issue-unknown-delivered-by",
                text = text.as_str()
            )
        }
        P::NotAStatementId(text) => {
            tr_in!(
                lang,
                "import-issue-not-a-statement-id",
                text = text.as_str()
            )
        }
        P::StatementInProject(id) => {
            tr_in!(lang, "import-issue-statement-in-project", id = id.as_str())
        }
        P::IdForSeveral => tr_in!(lang, "import-issue-id-for-several"),
        P::IdInTwoRows(id) => tr_in!(lang, "import-issue-id-in-two-rows", id = id.as_str()),
        P::AnotherStance { principle, row } => tr_in!(
            lang,
            "import-issue-another-stance",
            principle = principle.as_str(),
            row = (*row)
        ),
    }
}

/// Why a row of the sheet is left out: a [`Plan::left_out`] reason, or the text as it is.
pub fn left_out(lang: Lang, why: &str) -> String {
    match LeftOut::of(why) {
        Some(LeftOut::StakeholderSkipped) => tr_in!(lang, "import-left-out-skipped"),
        Some(LeftOut::NoStance) => tr_in!(lang, "import-left-out-no-stance"),
        None => why.to_owned(),
    }
}

/// How a spreadsheet was read, where the user should know.
pub fn workbook_note(lang: Lang, note: WorkbookNote) -> String {
    match note {
        WorkbookNote::Windows1252 => tr_in!(lang, "import-note-windows-1252"),
    }
}

/// What a column of the sheet holds, for the column choices: "Stakeholder", "Stance on P1".
pub fn field_label(lang: Lang, field: &Field) -> String {
    match field {
        Field::Ignore => tr_in!(lang, "import-field-ignore"),
        Field::Id => tr_in!(lang, "import-field-id"),
        Field::Stakeholder => tr_in!(lang, "import-field-stakeholder"),
        Field::StakeholderName => tr_in!(lang, "import-field-stakeholder-name"),
        Field::DeliveredBy => tr_in!(lang, "import-field-delivered-by"),
        Field::Session => tr_in!(lang, "import-field-session"),
        Field::Date => tr_in!(lang, "import-field-date"),
        Field::Principle => tr_in!(lang, "import-field-principle"),
        Field::Stance => tr_in!(lang, "import-field-stance"),
        Field::PrincipleStance(id) => tr_in!(lang, "import-field-stance-on", id = id.as_str()),
        Field::Summary => tr_in!(lang, "import-field-summary"),
        Field::Quote => tr_in!(lang, "import-field-quote"),
        Field::Articles => tr_in!(lang, "import-field-articles"),
        Field::SourceKind => tr_in!(lang, "import-field-source-kind"),
        Field::Url => tr_in!(lang, "import-field-url"),
        Field::SourceTitle => tr_in!(lang, "import-field-source-title"),
        Field::Confidence => tr_in!(lang, "import-field-confidence"),
        Field::Confidential => tr_in!(lang, "import-field-confidential"),
        Field::Tags => tr_in!(lang, "import-field-tags"),
        Field::RecordedAt => tr_in!(lang, "import-field-recorded-at"),
        Field::RecordedBy => tr_in!(lang, "import-field-recorded-by"),
    }
}

/// One line on what an import brings ([`Plan::summary`] in `lang`): "42 statements from 40
/// of 41 rows, 3 new stakeholders; 1 problem in 1 row".
pub fn plan_summary(lang: Lang, plan: &Plan) -> String {
    let mut out = tr_in!(
        lang,
        "import-summary",
        statements = plan.statements.len(),
        used = plan.rows_used,
        read = plan.rows_read
    );
    if !plan.new_stakeholders.is_empty() {
        out = tr_in!(
            lang,
            "import-summary-new-stakeholders",
            summary = out,
            n = plan.new_stakeholders.len()
        );
    }
    if !plan.left_out.is_empty() {
        out = tr_in!(
            lang,
            "import-summary-left-out",
            summary = out,
            n = plan.left_out.len()
        );
    }
    if !plan.problems.is_empty() {
        out = tr_in!(
            lang,
            "import-summary-problems",
            summary = out,
            n = plan.problems.len(),
            rows = plan.bad_rows.len()
        );
    }
    out
}

/// Why a pasted row could not be read.
pub fn paste_problem(lang: Lang, problem: &PasteProblem) -> String {
    match problem {
        PasteProblem::NoName => tr_in!(lang, "import-paste-no-name"),
        PasteProblem::NotKindNorGroup(text) => tr_in!(
            lang,
            "import-paste-not-kind-nor-group",
            text = text.as_str()
        ),
        PasteProblem::IdTaken(id) => tr_in!(lang, "import-paste-id-taken", id = id.as_str()),
        PasteProblem::Unknown(name) => {
            tr_in!(lang, "import-paste-unknown", name = name.as_str())
        }
        PasteProblem::OwnMember => tr_in!(lang, "problem-own-member"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StakeholderKind;

    /// The English here is the core's `Display`, word for word; French is something else.
    #[test]
    fn english_is_the_core_display_and_french_differs() {
        let problems = [
            Problem {
                entity: Entity::Principle {
                    index: 0,
                    id: "P1".to_owned(),
                },
                field: Some("weight"),
                kind: ProblemKind::WeightNegative(-1.5),
            },
            Problem {
                entity: Entity::Session {
                    index: 2,
                    id: String::new(),
                },
                field: Some("id"),
                kind: ProblemKind::EmptyId(Collection::Sessions),
            },
            Problem {
                entity: Entity::Stakeholder {
                    index: 3,
                    id: "ngo".to_owned(),
                },
                field: Some("id"),
                kind: ProblemKind::DuplicateIdCase(
                    Collection::Stakeholders,
                    "ngo".to_owned(),
                    1,
                    "NGO".to_owned(),
                ),
            },
            Problem {
                entity: Entity::Stakeholder {
                    index: 0,
                    id: "X".to_owned(),
                },
                field: Some("members"),
                kind: ProblemKind::MembersOfNonBloc(StakeholderKind::CivilSociety),
            },
            Problem {
                entity: Entity::Principle {
                    index: 0,
                    id: "P\u{200b}1".to_owned(),
                },
                field: Some("id"),
                kind: ProblemKind::IdInvisible(
                    Collection::Principles,
                    "P\u{200b}1".to_owned(),
                    '\u{200b}',
                ),
            },
            Problem {
                entity: Entity::Conflict { index: 1 },
                field: Some("record"),
                kind: ProblemKind::UnresolvedConflict(
                    "principle P1".to_owned(),
                    "weight".to_owned(),
                ),
            },
            Problem {
                entity: Entity::Project,
                field: Some("format_version"),
                kind: ProblemKind::FormatVersionZero,
            },
        ];
        for p in &problems {
            assert_eq!(problem(Lang::En, p), p.to_string());
            assert_ne!(problem(Lang::Fr, p), p.to_string());
        }
        assert_eq!(
            problem(Lang::Fr, &problems[0]),
            "principe P1\u{a0}: le poids -1,5 est négatif"
        );
        assert_eq!(
            problem(Lang::Fr, &problems[1]),
            "session nº\u{a0}3\u{a0}: identifiant de session vide"
        );
        for p in [
            IdProblem::Empty,
            IdProblem::Spaces,
            IdProblem::Forbidden('+'),
            IdProblem::Taken("AHC4".to_owned()),
            IdProblem::Invisible('\u{202e}'),
        ] {
            assert_eq!(id_problem(Lang::En, &p), p.to_string());
            assert_ne!(id_problem(Lang::Fr, &p), p.to_string());
        }
        for p in [
            ImportProblem::SheetEmpty,
            ImportProblem::NoStanceColumn,
            ImportProblem::ColumnPrincipleUnknown {
                column: 27,
                id: "Z9".to_owned(),
            },
            ImportProblem::UnStateNotInProject {
                name: "Côte d'Ivoire".to_owned(),
                code: "CIV".to_owned(),
            },
            ImportProblem::AnotherStance {
                principle: "P2".to_owned(),
                row: 12,
            },
        ] {
            assert_eq!(import_problem(Lang::En, &p), p.to_string());
            assert_ne!(import_problem(Lang::Fr, &p), p.to_string());
        }
        for p in [
            PasteProblem::NoName,
            PasteProblem::IdTaken("EU".to_owned()),
            PasteProblem::OwnMember,
        ] {
            assert_eq!(paste_problem(Lang::En, &p), p.to_string());
        }
        for l in LeftOut::ALL {
            assert_eq!(left_out(Lang::En, &l.to_string()), l.to_string());
        }
        let note = WorkbookNote::Windows1252;
        assert_eq!(workbook_note(Lang::En, note), note.to_string());
        for f in Field::FIXED
            .into_iter()
            .chain([Field::PrincipleStance("P1".to_owned())])
        {
            assert_eq!(field_label(Lang::En, &f), f.label());
        }
        assert_eq!(
            field_label(Lang::Fr, &Field::Principle),
            "Principe (disposition longue)"
        );
    }

    /// The plan's summary, word for word as the core says it in English.
    #[test]
    fn the_summary_is_the_core_summary_in_english() {
        let mut plan = Plan {
            rows_read: 51,
            ..Plan::default()
        };
        for row in 2..=52 {
            plan.problems.push(crate::import::RowProblem::new(
                row,
                None,
                ImportProblem::NoStakeholder,
            ));
            plan.bad_rows.insert(row);
        }
        plan.problems.push(crate::import::RowProblem::new(
            2,
            Some(1),
            ImportProblem::NoSession,
        ));
        assert_eq!(
            plan_summary(Lang::En, &plan),
            "0 statements from 0 of 51 rows; 52 problems in 51 rows"
        );
        assert_eq!(plan_summary(Lang::En, &plan), plan.summary());
        plan.left_out.push((60, LeftOut::NoStance.to_string()));
        plan.rows_read = 1;
        plan.rows_used = 1;
        assert_eq!(plan_summary(Lang::En, &plan), plan.summary());
        assert_eq!(
            plan_summary(Lang::Fr, &plan),
            "0 déclaration issue de 1 ligne sur 1\u{a0}; 1 ligne sans position écartée\u{a0}; \
             52 problèmes dans 51 lignes"
        );
    }
}
