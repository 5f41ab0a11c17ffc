### Treaty Tracker: the window's words in English (the fallback language).
### Every message here must exist in i18n/fr/treaty_tracker.ftl and be used (tests/i18n.rs).

## Menus

menu-file = File
menu-open-recent = Open recent
menu-no-recent-files = No recent files
menu-edit = Edit
menu-your-name = Your name
menu-your-name-tip = Written as recorded_by on the statements you log
menu-view = View
menu-language = Language
menu-help = Help

## The action table (src/app/actions.rs): a label, and its tooltip as ID-tip

action-save-as = Save as…
action-save-as-tip = Save the project to another file
action-redo = Redo
action-redo-tip = Redo the last undone edit
action-new-from-template = New from the manifesto template
action-new-from-template-tip = Start a project with the ten principles of the 2021 Multistakeholder Manifesto
action-new-blank = New blank project
action-new-blank-tip = Start a project of your own: add its principles, sessions and stakeholders
action-open = Open…
action-open-tip = Open a project file (.ron)
action-open-by-path = Open by typing a path…
action-open-by-path-tip = Open a project file whose path you type, without the file dialog
action-save = Save
action-save-tip = Save the project to its file
action-save-as-by-path = Save as by typing a path…
action-save-as-by-path-tip = Save the project to a path you type, without the file dialog
action-merge-file = Merge a colleague's file…
action-merge-file-tip = Bring in a colleague's copy of this project: what only they have is added, nothing is deleted, and fields you hold differently become conflicts (one undo step)
action-import-spreadsheet = Import statements from a spreadsheet…
action-import-spreadsheet-tip = Bring in statements from a CSV, XLSX or ODS file: map its columns and values, see every problem by row and column before anything changes (one undo step)
action-conflicts = Merge conflicts…
action-conflicts-tip = The conflicts a merge left: yours, theirs and the common ancestor's value side by side
action-export-report = Export…
action-export-report-tip = Write the alignment report (HTML, Markdown, CSV, JSON, or its tables as XLSX), the statements table (CSV, XLSX) or the whole project (JSON), with a preview
action-close = Close
action-close-tip = Close the project
action-quit = Quit
action-quit-tip = Quit Treaty Tracker
action-undo = Undo
action-undo-tip = Undo the last edit
action-quick-entry = Log a statement
action-quick-entry-tip = Focus the quick entry line: stakeholder, principles with stances, summary
view-overview = Overview
view-overview-tip = Treaty, framework, counts, timeline and latest statements
view-log = Statement log
view-log-tip = Every statement, filtered and sorted, with its evidence
view-matrix = Alignment matrix
view-matrix-tip = Stakeholders × principles for one session, coloured by stance
view-trends = Trends
view-trends-tip = Alignment, support and gap over the sessions
view-gaps = Gaps
view-gaps-tip = Per principle: support, mixed, opposition and silence
view-shifts = Shifts
view-shifts-tip = Who moved on what between two sessions
view-coalition = Coalition map
view-coalition-tip = Who stands with whom, as a 2D map
view-profile = Stakeholder profile
view-profile-tip = One stakeholder over time, or up to four side by side
view-principles = Principles
view-principles-tip = Edit the principles of the framework
view-sessions = Sessions
view-sessions-tip = Edit the sessions
view-stakeholders = Stakeholders
view-stakeholders-tip = Edit the states, blocs and other participants
theme-system = Follow the system theme
theme-system-tip = Light or dark as the system says
theme-light = Light theme
theme-light-tip = Dark text on a light background
theme-dark = Dark theme
theme-dark-tip = Light text on a dark background
action-zoom-in = Zoom in
action-zoom-in-tip = Larger text
action-zoom-out = Zoom out
action-zoom-out-tip = Smaller text
action-zoom-reset = Reset zoom
action-zoom-reset-tip = Default text size
action-shortcuts = Keyboard shortcuts
action-shortcuts-tip = Every shortcut
action-about = About Treaty Tracker
action-about-tip = Version and licence

## Counts ($n chooses the form; $shown is the number as written)

count-principles = { $n ->
    [one] { $shown } principle
   *[other] { $shown } principles
}
count-sessions = { $n ->
    [one] { $shown } session
   *[other] { $shown } sessions
}
count-stakeholders = { $n ->
    [one] { $shown } stakeholder
   *[other] { $shown } stakeholders
}
count-blocs = { $n ->
    [one] { $shown } bloc
   *[other] { $shown } blocs
}
count-statements = { $n ->
    [one] { $shown } statement
   *[other] { $shown } statements
}

## Status line, navigator, start screen

status-not-saved = Not saved
status-working = Working…
nav-views = Views
nav-sessions = Sessions
start-no-project = No project open
start-recent = Recent

## Overview

overview-title = Project title
overview-treaty = Treaty
overview-short-name = Short name
overview-description = Description
overview-framework = Framework
overview-framework-source = Framework source
overview-timeline = Timeline
overview-latest = Latest statements

## Column headings

column-session = Session
column-dates = Dates
column-where = Where
column-draft = Text under negotiation
column-statements = Statements
column-logged = Logged
column-who = Who
column-summary = Summary

## Keyboard shortcuts and About

shortcuts-or = {" "}or{" "}
shortcuts-in-place = In the quick entry, the log and the views
shortcuts-complete = Quick entry: take the highlighted completion
shortcuts-log-line = Quick entry: log the line
shortcuts-entry-session = Quick entry: previous / next session
shortcuts-log-rows = Statement log: previous / next statement
shortcuts-matrix-rows = Matrix: a screenful of rows / the first or last row
shortcuts-view-session = Analysis views: previous / next session
about-what = Log, analyse and report where negotiating parties stand on a set of principles.
about-privacy = Your data stays in your project files; the app makes no network calls.
about-licence = Licence: { $licence }

## The method's values (src/i18n.rs, Localized)

stance-strongly-supports = Strongly supports
stance-supports = Supports
stance-mixed = Mixed
stance-opposes = Opposes
stance-strongly-opposes = Strongly opposes
kind-state = State
kind-bloc = Bloc
kind-intergovernmental-org = Intergovernmental organisation
kind-civil-society = Civil society
kind-private-sector = Private sector
kind-academia = Academia
kind-technical-community = Technical community
kind-other = Other
kind-indigenous-peoples = Indigenous Peoples
kind-workers = Workers and trade unions
kind-scientific-community = Scientific community
kind-local-authorities = Local authorities
session-kind-organizational = Organizational
session-kind-formal = Formal
session-kind-intersessional = Intersessional
session-kind-informal = Informal
session-kind-other = Other
region-african = African Group
region-asia-pacific = Asia-Pacific Group
region-eastern-european = Eastern European Group
region-latin-american-caribbean = Latin American and Caribbean Group
region-western-european-others = Western European and Others Group
source-official = Official
source-observer = Observer
source-ai-summary = AI summary
source-media = Media
source-own-notes = Own notes
source-other = Other
confidence-high = High
confidence-medium = Medium
confidence-low = Low
verdict-silent = Silent
verdict-too-few = Too few positions
verdict-contested = Contested
verdict-broad-support = Broad support
verdict-leaning-support = Leaning support
verdict-broad-opposition = Broad opposition
verdict-leaning-opposition = Leaning opposition
verdict-mixed = Mixed

## src/app/treaty_app/dialogs_ui.rs

dialog-opening = Opening { $path }…
opening-reading = Reading the file
opening-parsing = Reading statements: { $done } of { $total }
opening-checking = Checking ids and references
opening-preparing = Preparing the views
dialog-cancel = Cancel
dialog-ok = OK
dialog-unsaved-title = Unsaved changes
dialog-unsaved-message = Save the changes to { $name } first?
dialog-save = Save
dialog-dont-save = Don't save
dialog-reload-keep = Reload and keep my changes
dialog-reload-drop = Reload and drop my changes
dialog-reload = Reload
dialog-not-now = Not now
dialog-changed-on-disk-title = The file changed on disk
dialog-external-change-dirty = Another program (a git pull, a sync folder, another window) changed the file. Reload it and keep your unsaved changes: they are merged into what is on disk now, record by record, and what both changed differently becomes a conflict to resolve.
dialog-external-change = Another program (a git pull, a sync folder, another window) changed the file. Reload it to see what is on disk now?
dialog-sync-copy-title = A sync conflict copy
dialog-sync-copy = Your sync tool left "{ $name }" beside this project{ $others ->
        [0] {""}
       *[other] {" "}(and { $others } more)
    }: two computers changed the file at once. Merge it in? What only the copy has comes in, nothing is deleted, and fields that differ become conflicts to resolve (one undo step). Delete the copy yourself once merged.
dialog-merge-it = Merge it
dialog-changed-on-disk = Another program changed the file since you opened or saved it. Overwrite it with your version?
dialog-overwrite = Overwrite
dialog-replace-title = Replace the file?
dialog-replace-project = { $path } already exists. Replace it with this project?
dialog-replace-report = { $path } already exists. Replace it with the report?
dialog-replace = Replace
dialog-recovery-title = Recover unsaved work?
dialog-recovery = Treaty Tracker did not close normally. Unsaved changes to { $what } were kept ({ $statements }).
dialog-recovery-unsaved-project = an unsaved project
dialog-restore = Restore
dialog-discard = Discard
dialog-path = Path
dialog-path-open = Open
dialog-path-export = Export
dialog-path-merge = Merge
dialog-path-read = Read

## src/app/treaty_app: the status line and error dialogs

status-writing-mapping = Writing the mapping to { $path }…
status-logged = Logged { $who } on { $stances } in { $session }. Ctrl+Z removes it.
status-session-gone = Session { $id } no longer exists: new statements go to the current session again
status-undone = Undone: { $what }. Ctrl+Shift+Z redoes it.
status-redone = Redone: { $what }.
status-reading-again = Reading { $path } again…
status-done = { $what }: done. Ctrl+Z undoes it.
status-restored = Restored unsaved work; save it to keep it
status-closing-after-save = Closing once the project is saved…
status-closed = Project closed
status-new-project = New project
project-untitled = Untitled project
status-no-file-dialog = No file dialog service answered: type the path.
status-reading-to-merge = Reading { $path } to merge it…
status-reading = Reading { $path }…
status-saving = Saving { $path }…
status-autosave-failed = Autosave failed: { $error }
status-exported = Exported { $what } to { $path }
status-reloaded-kept = Reloaded { $path } and kept your changes ({ $summary } from disk); not saved yet
status-merged-nothing = Merged { $path }: nothing new
status-merged = Merged { $path } ({ $how }): { $summary }. Ctrl+Z undoes the whole merge.
status-opened-conflicts = Opened { $path }: { $conflicts } merge conflict(s) to resolve (File > Merge conflicts…)
status-opened = Opened { $path }
status-saved = Saved { $path }
status-no-data-folder = No data folder: unsaved work is not autosaved for recovery
merge-label-mine-unsaved = my unsaved changes
merge-label-disk = the file on disk
merge-three-way = three-way, from the common ancestor in git
merge-two-way = two-way: nothing deleted
error-template = The embedded manifesto template cannot be read
error-sample = The embedded sample cannot be read
error-not-exported = Not exported
error-export-over-project = { $path } is this project's file: choose another name for the export.
error-nothing-to-export = Nothing to export
error-export-not-ready = The export was not ready; try again.
error-cannot-open = Cannot open the project
error-cannot-write = Cannot write { $what }
error-cannot-import = Cannot import { $path }
error-cannot-merge = { $path } cannot be merged
error-not-a-project-to-merge = It is not a valid project; nothing was merged:
    { $problems }
error-already-open-title = Already open in another window
error-already-open = { $path } is open in another Treaty Tracker window (process { $pid }). Edits in both will not see each other; when the other window saves, this one offers to reload and keep your changes.
error-has-problems = { $path } has { $problems } problem(s)
error-open-with-problems = The project is open; fix these before sharing it:
    { $problems }
error-cannot-save = Cannot save the project
error-cannot-save-message = { $message }
    Your changes are still open and unsaved.

## src/app/log.rs

log-no-name = (no name)
log-any = any
log-filter-stakeholder = Stakeholder
log-find = Find
log-find-hint = name or id
log-with-members = with its members
log-with-members-tip = Also the bloc's members' own statements
log-with-blocs = with its blocs
log-with-blocs-tip = Also the statements of the blocs it belongs to, which count for it when bloc positions are on
log-filter-principle = Principle
log-filter-stance = Stance
log-filter-confidence = Confidence
log-filter-source = Source
log-filter-tag = Tag
log-filter-logged-by = Logged by
log-search = Search
log-search-hint = words, any accents
log-search-tip = Every word must appear in the summary, quote, articles, tags, source or names
log-clear-filters = Clear filters
log-shown-of = { $shown } of { $total }
log-sort-tip = Sort by { $column }
log-column-date = Date
log-column-stakeholder = Stakeholder
log-column-stances = Stances
log-principle-stance = { $principle }: { $stance }
log-everything-said = Everything { $who } said
log-everything-said-on = Everything { $who } said on { $principle }
log-row-name = { $session }, { $who }: { $stances }. { $summary }
log-row-name-dated = { $session }, { $date }, { $who }: { $stances }. { $summary }
log-selected-hidden = The selected statement is hidden by the filters.
log-show-all = Show all statements
log-statement = Statement
log-close = Close
log-close-tip = Close this panel
log-done-editing = Done editing
log-edit-statement = Edit statement
log-edit-statement-tip = Edit every field of this statement
log-duplicate = Duplicate
log-duplicate-tip = A copy with a new id, logged now, right after this one
log-delete = Delete
log-delete-tip = Delete this statement (Ctrl+Z brings it back)
log-deleted = Deleted the statement of { $stakeholder } in { $session }. Ctrl+Z brings it back.
log-everything-they-said = Everything they said
log-everything-they-said-tip = Filter the log to this stakeholder across sessions
log-delivered-by = Delivered by { $name } ({ $id })
log-principle-title-stance = { $principle } { $title }: { $stance }
log-all-on-this = all on this
log-all-on-this-tip = Everything { $who } said on { $principle }, across sessions
log-quote = Quote
log-articles = Articles: { $articles }
log-confidence-value = Confidence: { $confidence }
log-confidential = Confidential: never exported
log-tags = Tags: { $tags }
log-source-value = Source: { $kind }
log-open-source = Open source in browser
log-open-source-tip = Opens the link in your browser; nothing is fetched otherwise
log-logged-at = Logged { $when } · id { $id }
log-logged-by-at = Logged { $when } by { $who } · id { $id }

## src/app/quick_bar.rs

entry-none = none
entry-session-tip = The session new statements go to (Alt+↑ / Alt+↓ in the entry line)
entry-log = Log
entry-sticky-cleared = Source and confidence are given line by line again
entry-logging-into = Logging into { $name } ({ $id })
entry-no-such-session = No session "{ $typed }": type its id or name after @
entry-log-it = Log it
entry-log-it-tip = Log the statement (Enter)
entry-per-line = per line
entry-source = Source
entry-source-tip = The source of every statement you log without src:… (Escape on an empty line clears it)
entry-confidence = Confidence
entry-confidence-tip = The confidence of every statement you log without !high, !medium or !low (Escape on an empty line clears it)
entry-delivered-by = delivered by { $name }
entry-no-session = no session
entry-in-session = in { $session }
entry-on-date = on { $date }
entry-stance = · { $principle } { $title }: { $stance }
entry-quote = · quote: “{ $quote }”
entry-no-session-to-log = no session to log into: add one under View > Sessions
entry-ready = Ready: Enter logs it
entry-problem-at = “{ $shown }”: { $problem }
entry-and-more = { $n ->
    [one] { $text } (and { $shown } more)
   *[other] { $text } (and { $shown } more)
}

## src/app/statement_editor.rs

statement-no-stance = no stance
statement-stance-choice = { $principle }: { $stance }
statement-stakeholder = Stakeholder
statement-unknown-stakeholder = unknown stakeholder "{ $id }"
statement-delivered-by = Delivered by
statement-delivered-by-itself = — (the stakeholder itself)
statement-itself = the stakeholder itself
statement-date = Statement date
statement-date-hint = YYYY-MM-DD or empty
statement-outside-session = outside the session ({ $start } – { $end })
statement-stances = Stances
statement-unknown-principle = stance on unknown principle "{ $id }"
statement-needs-stance = a statement needs at least one stance
statement-summary-empty = the summary is empty: say in a few words what was said
statement-quote = Quote
statement-articles = Articles
statement-articles-hint = one per line, e.g. Art. 6(2)
statement-source-kind = Source kind
statement-no-source = No source
statement-source-url = Source URL
statement-unsafe-url = not an http(s) link: reports show it as text
statement-source-title = Source title
statement-confidence = Confidence
statement-confidential = Confidential (never exported)
statement-tags = Tags
statement-tags-hint = space or comma separated
statement-recorded-by = Recorded by
statement-logged-at = { $when } · id { $id }

## src/app/export.rs

export-report-xlsx = XLSX (its tables)
export-statements-csv = Statements as CSV
export-statements-xlsx = Statements as XLSX
export-project-json = Whole project as JSON
export-workbook-report = An XLSX workbook of { $kb } KB with a sheet per table: About, Principles, Stakeholders, Positions, and Shifts and Blocs when there are any: numbers as numbers, shares as percentages, dates as dates, a frozen header row with filters.
export-workbook-statements = An XLSX workbook of { $kb } KB with one sheet, Statements: numbers as numbers, shares as percentages, dates as dates, a frozen header row with filters.
export-failed = the export could not be made
export-thread-failed = cannot start the report thread: { $error }
export-title = Export a report or a table
export-report = Alignment report
export-tables = Tables
export-compared-with = compared with
export-compared-with-name = Compared with
export-previous-session = the previous session
export-count-confidential = Count confidential statements in the figures
export-count-confidential-tip = Off by default: an export leaves them out of every figure. Their text, tags, articles, source and id never appear in any export either way
export-separator = Separator
export-comma = Comma
export-semicolon = Semicolon
export-tab = Tab
export-decimals = Decimals
export-bom = Byte-order mark
export-bom-tip = Starts the file with a UTF-8 mark, so that spreadsheets read accents right
export-include-confidential = Include confidential statements (their text then leaves in the file)
export-include-confidential-tip = Off by default: confidential statements never leave unless asked
export-button = Export…
export-preparing = Preparing the export…
export-preview = Preview
export-open-in-browser = Open in browser
export-open-in-browser-tip = Shows this report in your web browser, from a private temporary file (nothing leaves this computer)
export-more-rows = { $n ->
    [one] … and { $shown } more row
   *[other] … and { $shown } more rows
}

## src/app/method_ui.rs

method-carry-forward = Carry positions forward
method-carry-forward-tip = On: a position stated at an earlier session counts until the stakeholder states another. Off: only statements of the session itself count
method-bloc-positions = Count blocs' statements for their members
method-bloc-positions-tip = On: a bloc's statement counts for every member (nested blocs too), unless the member said otherwise itself on the same day or later. Off: only a stakeholder's own statements count for it
method-overridden = (not the project's method)
method-use-project = Use the project's method
method-use-project-tip = The method is set for the project in the Overview
method-heading = Method
method-about = How statements become figures for this project (docs/METHODOLOGY.md). Saved in the file; a view or an export can switch the first two for the moment.
method-min-positions = Fewest positions for a verdict
method-min-positions-tip = A principle on which fewer stakeholders have a position gets the verdict "{ $verdict }", with its figures beside it

## src/report (reports): the HTML and Markdown reports (`report --lang`). Arguments are
## figures already written the language's way, or user text already escaped by the caller.

report-html-title = { $title } — alignment report, { $session }
report-subtitle = Alignment report: { $session }
report-labelled = { $label }: { $value }
report-fact-treaty = Treaty
report-fact-framework = Framework
report-fact-session = Session
report-fact-draft = Text under negotiation
report-fact-compared-with = Compared with
report-first-session = — (first session)
report-fact-positions = Positions
report-positions-carried = latest known, carried forward from earlier sessions
report-positions-this-session = stated at this session only
report-fact-bloc-positions = Bloc positions
report-bloc-positions-on = a bloc's statements count for its members unless a member said otherwise itself
report-bloc-positions-off = each stakeholder's own statements only
report-fact-verdicts = Verdicts
report-verdicts-rule = given from { $min } positions on a principle; fewer read "too few positions"
report-fact-confidential = Confidential statements
report-confidential-counted = { $n ->
   *[other] { $shown } counted in the figures ({ $flag }); their text is not shown
}
report-confidential-left-out = { $n ->
   *[other] { $shown } left out of the figures (the default for exports)
}
report-fact-generated = Generated
# Not shown in English, whose reports give the time as RFC 3339 (2026-01-01T00:00:00Z).
report-generated-at = { $date } at { $time } UTC
report-dates-range = { $start } to { $end }
report-summary = Summary
report-coverage = Coverage
report-coverage-line = { $share } of stakeholder and principle pairs (unweighted) have a recorded position.
report-too-few-heading = Too few positions for a verdict (fewer than { $min })
report-n-of-total = { $n } of { $total }
report-shifts-since = Largest shifts since { $session }
report-no-shift = No position changed.
report-shifts = Largest shifts
report-col-stakeholder = Stakeholder
report-col-principle = Principle
report-col-from = From
report-col-to = To
report-col-change = Change
report-principles = Principles
report-legend-support = support
report-legend-mixed = mixed
report-legend-opposition = opposition
report-legend-silent = no recorded position
report-by-gap = Furthest from the framework first.
report-md-shares-note = Support, mixed and opposition are shares of those with a position; silent is a share of everyone in scope.
report-bar-label = support { $support }, mixed { $mixed }, opposition { $opposition }, silent { $silent }
report-html-figures = { $n } of { $total } in scope have a position · mean score { $mean } · consensus { $consensus } · gap { $gap }
report-html-shares = Support { $support } · mixed { $mixed } · opposition { $opposition } (of those with a position) · silent { $silent } (of all in scope)
report-md-figures = { $n } of { $total } in scope have a position; mean score { $mean }, consensus { $consensus }, gap { $gap }.
report-col-support = Support
report-col-mixed = Mixed
report-col-opposition = Opposition
report-col-silent = Silent
report-since = Since { $session }: { $before } → { $now }, { $change }.
report-mean-change = mean score { $change }
report-mean-not-comparable = mean score not comparable
report-supporters = Supports
report-opponents = Opposes
report-carried = carried
report-via = via { $bloc }
report-evidence-context = ({ $when }; { $stance }):
report-confidence = Confidence: { $level }
report-source = ; source: { $kind }
report-withheld = { $n ->
   *[other] { $shown } confidential statement(s) counted; text not shown.
}
report-stakeholders = Stakeholders
report-sort-note = Click a column's heading (or press Enter on it) to sort. Alignment runs from −100 % (strongly opposes every principle it spoke on) to +100 %.
report-col-kind = Kind
report-col-group = Group
report-col-alignment = Alignment
report-group-bloc = bloc
report-blocs = Blocs
report-col-bloc = Bloc
report-col-own-alignment = Own alignment
report-col-members-average = Members' average
report-col-members-counted = Members counted
report-method = How the figures are made
report-method-statements = Each statement says, for each principle it addresses, whether the speaker strongly supports (+2), supports (+1), is mixed (0), opposes (−1) or strongly opposes (−2) it. An actor's position on a principle is its latest statement on it; with positions carried forward, statements from earlier sessions count until replaced. An actor that has said nothing on a principle is silent, not neutral: silence is never counted as 0.
report-method-principles = Per principle, over the states and other stakeholders (blocs are counted through their members): the shares that support, are mixed and oppose among those with a position; the share that is silent; the mean score (from −1 to +1); the gap to the framework, (1 − mean)/2, from 0 (everyone strongly supports) to 1 (everyone strongly opposes); and consensus, 1 − σ/2. The verdict is the first rule that applies: nobody has a position (silent); at least a quarter support and a quarter oppose (contested); mean at least 0.5 (broad support), above 0 (leaning support), at most −0.5 (broad opposition), below 0 (leaning opposition); otherwise mixed.
report-method-actors = An actor's alignment is the weighted mean of its scores over the principles it has a position on, from −100 % to +100 %; its coverage is the weighted share of principles it has a position on. Confidential statements count in the figures unless the report says they were left out; their text never appears. The full rules, with a worked example, are in Treaty Tracker's docs/METHODOLOGY.md.
report-sources = Sources
# Month names, for the French dates ("29 juillet 2024"); English reports write ISO dates.
report-month-january = January
report-month-february = February
report-month-march = March
report-month-april = April
report-month-may = May
report-month-june = June
report-month-july = July
report-month-august = August
report-month-september = September
report-month-october = October
report-month-november = November
report-month-december = December

## src/app/insight/common.rs, state.rs, widgets.rs (shared by the analysis views)

insight-preparing = Preparing the analysis…
insight-carried-from = carried from { $session }
insight-via = via { $bloc }
insight-via-delivered-by = via { $bloc }, delivered by { $speaker }
insight-confidential = confidential
insight-cell = { $name } on { $principle }: { $position }
insight-cell-none = { $name } on { $principle }: no recorded position
insight-verdict-with-count = { $verdict } ({ $n } of { $total })
insight-date-not-recorded = date not recorded
insight-stances = Stances: { $stances }
insight-delivered-by = delivered by { $speaker }
insight-no-source = no source recorded
insight-source-titled = { $kind }: { $title }
insight-source-line = Source: { $source } · confidence { $confidence }
insight-cell-tip-title = { $name } on { $principle } at { $session }
insight-no-position-up-to = No recorded position up to { $session }
insight-no-position-carry-off = No recorded position up to { $session } (carry-forward is off: only this session counts)
insight-cell-click-none = Click: this stakeholder's statements on it in the log
insight-earlier = Earlier on { $principle } ({ $count }):
insight-cell-click = Click: every statement behind it in the log
insight-previous-session = Previous { $label }
insight-previous-session-tip = Previous session (Alt+Left)
insight-next-session = Next { $label }
insight-next-session-tip = Next session (Alt+Right)
insight-alignment = Alignment
insight-coverage = Coverage
insight-stakeholder = Stakeholder
insight-bloc = Bloc
insight-kind = Kind
insight-un-regional-group = UN regional group
insight-in-no-bloc = In no bloc
insight-bloc-name = { $name } (bloc)
insight-verdict = Verdict: { $verdict }
insight-in-scope = { $n } of { $total } in scope have a position; silent { $silent }

## src/app/insight/matrix.rs

matrix-no-session = No session yet: add a session and statements to see the matrix
matrix-sort-by = Sort by
matrix-sort-name = Name
matrix-sort-region = Region
matrix-group-by = Group by
matrix-no-grouping = No grouping
matrix-all-kinds = All kinds
matrix-legend = Legend
matrix-legend-carried = Carried from an earlier session (faded, corner mark)
matrix-legend-inherited = Inherited from a bloc's statement (bar below)
matrix-legend-confidential = Rests on a confidential statement (ring)
matrix-legend-no-position = No recorded position
matrix-no-stakeholder-of-kind = No stakeholder of this kind
matrix-no-region = No UN regional group
matrix-bloc-header = { $bloc }: own alignment { $own }, members' mean { $mean } ({ $counted } of { $members } members counted)
matrix-support-row = Support (of those with a position)
matrix-opposition-row = Opposition
matrix-column-label = { $principle }: { $verdict }, support { $support }, opposition { $opposition }, { $n } of { $total } with a position
matrix-shares-tip = Support { $support } · mixed { $mixed } · opposition { $opposition } (of those with a position)
matrix-scores-tip = Mean score { $mean } · gap { $gap } · consensus { $consensus }
matrix-column-click = Click: this principle's statements in the log
matrix-row-tip = Alignment { $alignment } · coverage { $coverage } ({ $positions } principles with a position)
matrix-row-click = Click: profile
matrix-row-label = { $name }: alignment { $alignment }, coverage { $coverage }

## src/app/insight/gaps.rs

gaps-no-session = No session yet: add a session and statements to see the gaps
gaps-explanation = Furthest from the framework first. Opposition left of the centre line, support right, mixed split across it; silence (no recorded position) in grey at the end
gaps-scale-oppose = 100 % oppose
gaps-scale-support = 100 % support
gaps-verdict = Verdict
gaps-row-label = { $principle }: { $verdict }, support { $support }, mixed { $mixed }, opposition { $opposition }, silence { $silence }, gap { $gap }
gaps-silent = silent { $share }
gaps-shares-tip = Of those with a position: support { $support } · mixed { $mixed } · opposition { $opposition }
gaps-scores-tip = Gap { $gap } · mean score { $mean } · consensus { $consensus }
gaps-click = Click: its statements in the log

## src/app/insight/trends.rs

trends-metric-alignment = Alignment of stakeholders
trends-metric-support = Support share of principles
trends-metric-gap = Gap of principles
trends-show = Show
trends-no-session = No session yet: add sessions and statements to see trends
trends-stakeholders-and-blocs = Stakeholders and blocs
trends-find = Find
trends-clear = Clear
trends-clear-tip = Uncheck every stakeholder
trends-members-mean = { $name } (members' mean)
trends-choose = Choose stakeholders or principles on the left
trends-axis-support = Support share
trends-axis-gap = Gap (0: all strongly support, 1: all strongly oppose)
trends-axis-sessions = Sessions, at their start dates
trends-point =
    { $series }
    { $session }: { $value }
trends-plot-label = Trend plot of { $metric }: { $series }

## src/app/insight/shifts.rs

shifts-no-session = No session yet: add sessions and statements to see shifts
shifts-from-session = From session
shifts-to-session = To session
shifts-first-session = This is the first session: choose a later one to compare with the one before
shifts-same-session = Choose two different sessions
shifts-moved = Moved ({ $count })
shifts-new = New positions ({ $count })
shifts-explanation = From { $from } to { $to }: largest change first; hover a statement for its detail, click a change for every statement behind it
shifts-to = to
shifts-change-tip = Every statement behind it in the statement log
shifts-nobody-moved = Nobody changed a position between { $from } and { $to }
shifts-principle = Principle
shifts-change = Change
shifts-earlier-statement = Earlier statement
shifts-later-statement = Later statement
shifts-change-label = { $name } on { $principle }: { $before } to { $after } ({ $delta }), { $from } to { $to }
shifts-no-new = No new positions at { $to } (every position there already existed at { $from })
shifts-position = Position
shifts-statement = Statement
shifts-new-label = { $name } on { $principle }: new at { $session }: { $position }
shifts-carried-from = from { $session }

## src/app/insight/coalition.rs

coalition-no-session = No session yet: add sessions and statements to see the map
coalition-colour-by = Colour by
coalition-explanation = Stakeholders who agree sit close together: distances approximate disagreement (1 − agreement) by multidimensional scaling. The axes have no meaning of their own
coalition-explanation-variance = { coalition-explanation }; together they show { $share } of the variance
coalition-nobody = Nobody in scope has a position at { $session } yet
coalition-point-figures = alignment { $alignment } · coverage { $coverage }
coalition-same-place = at the same place: { $names }
coalition-and-more = { $names } and { $count } more
coalition-plot-label = Coalition map of { $session }: { $count } stakeholders placed; { $groups }
coalition-no-region = No regional group

## src/app/insight/profile.rs

profile-no-session = No session yet: add sessions and statements to see profiles
profile-no-stakeholder = No stakeholder yet
profile-mode-profile = Profile
profile-mode-compare = Compare
profile-as-of = As of
profile-everything-said = Everything { $name } said
profile-everything-said-tip = The statement log filtered to this stakeholder
profile-member-of = member of { $blocs }
profile-figures = At { $session }: alignment { $alignment } · coverage { $coverage } ({ $positions } principles with a position)
profile-stances-over-time = Stances over time
profile-cell-at = { $cell } at { $session }
profile-no-neighbour = No other stakeholder shares a principle with { $name } at { $session }
profile-closest = Closest by agreement at { $session }
profile-most-distant = Most distant by agreement at { $session }
profile-neighbour = { $name }: agreement { $agreement } on { $count } { $count ->
    [one] principle
   *[other] principles
} in common
profile-show-profile-tip = Show this stakeholder's profile
profile-statements = Statements ({ $count }), latest first
profile-actor = Actor { $slot }
profile-remove = Remove
profile-remove-tip = Remove from the comparison
profile-remove-actor = Remove actor { $slot }
profile-add-actor = Add an actor
profile-add-actor-tip = Compare up to four stakeholders
profile-figure-label = { $name }: { $figure } { $value }
profile-agreement-at = Agreement at { $session }
profile-pair = { $first } and { $second }: { $agreement } on { $count } { $count ->
    [one] principle
   *[other] principles
} in common

## src/app/editors/state.rs (what the principles, sessions and stakeholders editors share)

editor-id = Id
editor-rename = Rename
editor-rename-tip = Apply the new id (Enter)
editor-rename-follows = { $n ->
    [one] { $shown } statement refers to "{ $id }": renaming updates it too
   *[other] { $shown } statements refer to "{ $id }": renaming updates them too
}
editor-enter-renames = Enter renames
editor-used-by = used by { $statements }
editor-delete = Delete…
editor-name = Name
editor-kind = Kind
editor-weight = Weight
editor-notes = Notes

## src/app/editors/principles.rs

principles-add = Add principle
principles-new-title = New principle
principles-choose = Choose a principle on the left, or add one.
principles-heading = Principle { $id }
principles-move-up = Move up
principles-move-down = Move down
principles-statements = Statements on it
principles-statements-tip = Everything said on this principle, across sessions, in the log
principles-delete-title = Delete principle { $id }?
principles-delete-message = { $n ->
    [one] { $statements } give a stance on { $id }. Their stance on it will be removed. Edit > Undo brings everything back.
   *[other] { $statements } give a stance on { $id }. Their stance on it will be removed. Edit > Undo brings everything back.
}
principles-delete-message-and-deleted = { $n ->
    [one] { $statements } give a stance on { $id }. Their stance on it will be removed, and { $deleted } with no other stance will be deleted. Edit > Undo brings everything back.
   *[other] { $statements } give a stance on { $id }. Their stance on it will be removed, and { $deleted } with no other stance will be deleted. Edit > Undo brings everything back.
}
principles-delete-button = Delete principle
principles-title = Title
principles-group = Group
principles-use-group-tip = Use this group
principles-weight-tip = How much the principle counts in a stakeholder's alignment

## src/app/editors/sessions.rs

sessions-add = Add session
sessions-new-name = New session
sessions-choose = Choose a session on the left, or add one.
sessions-heading = Session { $id }
sessions-statements = Statements in it
sessions-delete-title = Delete session { $id }?
sessions-delete-message = { $n ->
    [one] { $statements } were logged in { $id }. They will be deleted with it. Edit > Undo brings everything back.
   *[other] { $statements } were logged in { $id }. They will be deleted with it. Edit > Undo brings everything back.
}
sessions-delete-button = Delete session and { $statements }
sessions-city = City
sessions-draft = Draft text
sessions-start = Start
sessions-end = End
sessions-date-hint = YYYY-MM-DD
sessions-end-hint = YYYY-MM-DD, or empty for one day
sessions-start-missing = a session needs a start date
sessions-start-problem = start: { $problem }
sessions-end-problem = end: { $problem }
sessions-end-before-start = the end ({ $end }) is before the start ({ $start })

## src/app/editors/stakeholders.rs

stakeholders-no-region = No UN group
stakeholders-all-groups = All groups
stakeholders-add = Add stakeholder
stakeholders-new-name = New stakeholder
stakeholders-add-roster = Add from the UN roster…
stakeholders-add-roster-tip = The 193 UN member states and 2 observer states, with their codes, names and regional groups: all, by region, or picked by search
stakeholders-paste-rows = Paste rows…
stakeholders-paste-rows-tip = Add stakeholders from rows copied from a spreadsheet
stakeholders-choose = Choose a stakeholder on the left, or add one.
stakeholders-statements = Everything they said
stakeholders-statements-tip = This stakeholder's statements across sessions, in the log
stakeholders-delete-own = { $n ->
    [one] its { $statements } will be deleted
   *[other] its { $statements } will be deleted
}
stakeholders-delete-delivered = { $n ->
    [one] { $statements } it delivered for others will no longer name it
   *[other] { $statements } it delivered for others will no longer name it
}
stakeholders-delete-blocs = it will leave { $blocs }
stakeholders-delete-separator = ;{" "}
stakeholders-delete-title = Delete { $name }?
stakeholders-delete-message = { $name } ({ $id }) is referred to: { $uses }. Edit > Undo brings everything back.
stakeholders-delete-button = Delete stakeholder
stakeholders-region = UN regional group
stakeholders-paste-members = Paste members…
stakeholders-paste-members-tip = Add members from names or codes copied from a spreadsheet, one per row
stakeholders-members = Members
stakeholders-not-in-project = { $id } (not in the project)
stakeholders-count-members = { $n ->
    [one] { $shown } member
   *[other] { $shown } members
}
stakeholders-remove = Remove
stakeholders-remove-name = Remove { $name } from the bloc
stakeholders-add-member = Add a member
stakeholders-add-member-hint = a name or id; Enter adds the first match
stakeholders-no-match = No stakeholder to add matches this.
stakeholders-add-button = Add
stakeholders-add-name = Add { $name } ({ $id }) to the bloc
stakeholders-more-matches = … and { $n } more: type more of the name
stakeholders-roster-title = Add from the UN roster
stakeholders-roster-intro = The UN's 193 member states and 2 observer states (source: assets/un_roster.SOURCES.md). States already in the project are ticked and greyed.
stakeholders-find = Find:
stakeholders-find-hint = name, French name or code
stakeholders-group-label = Group:
stakeholders-group = Group
stakeholders-tick-shown = Tick the { $n } shown
stakeholders-untick-all = Untick all
stakeholders-observer-state = observer state
stakeholders-count-states = { $n ->
    [one] { $shown } state
   *[other] { $shown } states
}
stakeholders-add-states = Add { $states }
stakeholders-roster-added = Added { $states } from the UN roster. Ctrl+Z undoes it.
stakeholders-paste-title = Paste stakeholders
stakeholders-paste-members-title = Paste members of { $name }
stakeholders-paste-intro = Paste rows copied from a spreadsheet: a name per row, or an id and a name, optionally a kind and a UN group; or a header row (id, name, kind, region). UN states take their code and group from the roster.
stakeholders-paste-members-intro = Paste names or codes, one per row (the first cell of each row counts): stakeholders of the project, or UN states (added from the roster).
stakeholders-rows = Rows:
stakeholders-rows-hint = Ctrl+V here
stakeholders-paste-new = New: { $name } ({ $id }), { $kind }
stakeholders-paste-member = Member: { $name } ({ $id })
stakeholders-paste-existing = Already in the project: { $ids }
stakeholders-paste-problem = Row { $row }: { $problem }
stakeholders-paste-add = Add { $stakeholders }
stakeholders-paste-add-members = Add { $members }
stakeholders-paste-add-members-new = Add { $members } ({ $new } new to the project)

## src/app/conflicts.rs

conflicts-title = Merge conflicts
conflicts-none = (none: deleted or never there)
conflicts-none-left = No conflict left: the merge is complete.
conflicts-left = { $n } left to resolve. Until then the project holds your value for each, and `check` lists them. Each choice can be undone (Ctrl+Z).
conflicts-statement-of = statement of { $who } at { $session } ({ $id })
conflicts-whole-record = { $record }: the whole record
conflicts-field = { $record }: { $field }
conflicts-mine = Mine ({ $label })
conflicts-theirs = Theirs ({ $label })
conflicts-base = Before both (base)
conflicts-keep-mine = Keep mine
conflicts-keep-theirs = Keep theirs
conflicts-keep-base = Keep before
conflicts-keep-tip = Resolve conflict { $n } with this value
conflicts-keep-name = Keep { $side } for conflict { $n }
conflicts-as-is = Resolved: keep the project as it is now
conflicts-as-is-tip = After editing the record yourself (in the log or the editors): the conflict leaves the list and the record stays as you made it
conflicts-as-is-name = Resolved as it is now, conflict { $n }
conflicts-cannot-resolve = Cannot resolve conflict { $n }: { $problem }

## src/app/dialogs.rs

dialog-open-title = Open a project
dialog-save-as-title = Save the project as
dialog-export-title = Export as
dialog-merge-title = Merge a colleague's file
dialog-import-title = Import statements from a spreadsheet
dialog-filter-spreadsheet = Spreadsheet
dialog-filter-project = Treaty Tracker project

## src/app/import.rs

import-mapping-read = Mapping read from { $path }.
import-mapping-unreadable = The mapping file { $path } cannot be read ({ $problem }); the columns are guessed instead.
import-read-status = Read { $path }: map its columns in the import window; nothing changes until Import.
import-mapping-cannot-read = Cannot read the mapping { $path }: { $problem }
import-title = Import statements from { $file }
import-section-columns = 1. Columns
import-section-stances = 2. Stance values
import-section-unknowns = 3. Stakeholders and sessions not in the project
import-section-defaults = 4. Defaults
import-section-preview = 5. Preview
import-sheet-label = Sheet:
import-sheet = Sheet
import-columns-intro = What each column holds, guessed from its header (case and accents ignored). A column named by a principle's id or title holds stances on it (a row per statement); a Principle and a Stance column make a row per statement and principle.
import-stance-on = Stance on { $id }: { $title }
import-column = Column
import-header = Header
import-first-values = First values
import-holds = Holds
import-no-header = (no header)
import-ignored-no-header = (ignored: no header)
import-column-holds = Column { $column } ({ $header }) holds
import-no-stance-column = No stance column yet: map a column to a principle, or a Stance column.
import-stances-intro = Every value found in the stance columns, with how many cells hold it.
import-quoted = "{ $text }"
import-count-cells = { $n ->
    [one] { $shown } cell
   *[other] { $shown } cells
}
import-not-a-stance = (not a stance: choose one)
import-no-position = No position (left out)
import-stance-for = Stance for the value { $text }
import-all-known = Every stakeholder and session in the sheet is in the project.
import-unknown-stakeholders = { $n ->
    [one] { $shown } name match no stakeholder (by id, name, or the UN roster's names).
   *[other] { $shown } names match no stakeholder (by id, name, or the UN roster's names).
}
import-create-all = Create them all
import-create-all-tip = UN states from the built-in roster (with their region), the others as kind Other
import-count-rows = { $n ->
    [one] { $shown } row
   *[other] { $shown } rows
}
import-not-un-state = not a UN state
import-un-state = UN state { $code } ({ $name })
import-who-choose = (not in the project: choose)
import-create-roster = Create { $name } ({ $code }, UN roster)
import-create-as = Create "{ $text }" as { $kind }
import-skip-rows = Skip its rows
import-same-as = Same as { $name } ({ $id })
import-who-is = Who is { $text }
import-who-value = not in the project, to choose
import-unknown-sessions = Sessions that match none of the project's (by id, name or a date within it):
import-choose-session = (choose a session)
import-session-choice = { $id }: { $name }
import-session-for = Session for { $text }
import-none-chosen = none chosen
import-default-session-label = Session of rows that name none:
import-default-session = Session of rows that name none
import-default-session-none = (none: a problem)
import-default-confidence-label = Confidence of rows that give none:
import-default-confidence = Confidence of rows that give none
import-problems = { $n ->
    [one] { $shown } problem: nothing is imported until they are solved, unless the bad rows are skipped.
   *[other] { $shown } problems: nothing is imported until they are solved, unless the bad rows are skipped.
}
import-place-cell = Row { $row }, column { $column }
import-place-row = Row { $row }
import-problem-line = { $place }: { $problem }
import-more-problems = … and { $n } more
import-left-out = Row { $row } left out: { $why }.
import-more-left-out = … and { $n } more rows left out
import-preview-first = { $n ->
    [one] The first { $first } of { $shown } statement:
   *[other] The first { $first } of { $shown } statements:
}
import-col-row = Row
import-col-stakeholder = Stakeholder
import-col-stances = Stances
import-new-stakeholder = { $name } (new)
import-mapping-file = Mapping file:
import-mapping-file-hint = NAME.mapping.ron
import-save-mapping = Save mapping
import-save-mapping-tip = Write this mapping, to reuse it on the next sheet of this shape
import-load-mapping = Load mapping
import-button = Import { $statements }
import-count-bad-rows = { $n ->
    [one] { $shown } bad row
   *[other] { $shown } bad rows
}
import-button-skipping = Import { $statements }, skipping { $bad }
import-done = Imported from { $path }: { $summary }. Ctrl+Z undoes the whole import.
import-skip-bad-rows = { $n ->
    [one] Skip the { $shown } bad row
   *[other] Skip the { $shown } bad rows
}
import-cancel = Cancel

## src/app/a11y.rs

a11y-name-value = { $name }: { $value }

## What an export wrote, in the status line (src/app/export.rs, treaty_app)

export-what-report = the report
export-what-project = the project
export-what-statements = the statements table
export-what-mapping = the mapping
export-what-export = the export
status-exporting = Exporting to { $path }…

## src/app/export.rs: the report's language

export-language = Language of the report

## src/quick_entry (window words, in src/app/words.rs): the quick entry's problems and grammar

entry-unknown-stakeholder = no stakeholder "{ $typed }": type a stakeholder's id or the start of its name
entry-ambiguous-stakeholder = "{ $typed }" matches { $count }: { $matches }; Tab takes the first
entry-principle-twice = { $principle } is given twice; keep one stance per principle
entry-unknown-principle = no principle "{ $typed }" (principles: { $known })
entry-no-principles-yet = none yet
entry-unknown-session = no session "{ $typed }" (sessions: { $known })
entry-unknown-flag = unknown flag !{ $flag }: !high, !medium, !low or !conf
entry-second-url = a second URL: one source per statement
entry-unknown-source-kind = unknown source kind "{ $typed }": official, observer, ai, media, notes or other
entry-empty-article = art: needs an article, e.g. art:6(2)
entry-for-and-by = use for:BLOC or by:SPEAKER, not both
entry-bad-date = "{ $typed }" is not a date: d:YYYY-MM-DD, e.g. d:2024-08-05
entry-unclosed-quote = the quote is not closed: end it with "
entry-second-quote = a second quote: one quote per statement
entry-no-stance = no stance yet: add a principle's id with a stance after the stakeholder (++ + ~ - --)
entry-no-summary = no summary yet: say in a few words what was said
entry-type-stakeholder-first = type a stakeholder first
entry-needs-stance-and-summary = a statement needs a stance and a summary
entry-no-session-to-log-into = no session to log into: add one under Sessions
entry-date-not-session-day = { $date } is not the day of { $session } ({ $day })
entry-date-outside-session = { $date } is not within { $session } ({ $start } to { $end }): give @SESSION too
entry-example-who = WHO
entry-example-line = { $who } { $first }++{ $second } what they said, in a few words
entry-grammar-hint = { $who }  { $first }++{ $second }  summary…   extras: @SESSION  d:2024-08-05  "quote"  !high/!medium/!low  !conf  #tag  art:6(2)  https://…  src:official|observer|ai|media|notes  for:BLOC  by:SPEAKER

## src/app/document.rs (window words): what an undo or a redo takes back or brings back

edit-title = the project title
edit-treaty = an edit to the treaty
edit-framework = an edit to the framework
edit-method = an edit to the method
edit-conflict = resolving a merge conflict
edit-merge = a merge
edit-new-statement = the statement of { $stakeholder } in { $session }
edit-statement = an edit to a statement of { $stakeholder }
edit-a-statement = a statement
edit-a-principle = a principle
edit-a-session = a session
edit-a-stakeholder = a stakeholder
edit-adding = adding { $thing }
edit-editing = an edit to { $thing }
edit-deleting = deleting { $thing }
edit-moving = moving { $thing }
edit-nothing = nothing
edit-and = { $before } and { $next }
edit-batch-adding = adding { $records }
edit-batch-editing = editing { $records }
edit-batch-deleting = deleting { $records }
edit-batch-moving = moving { $records }

## src/text.rs, src/model/date.rs (window words, in src/app/words.rs): a clipped text, a date box

text-not-a-date = "{ $text }" is not a date: write it as YYYY-MM-DD, e.g. 2024-08-08
text-clip-note = Only the start is shown: this text has { $bytes } bytes. Edit the file, or export the statements table, to read it all.

## src/model problems (window words, src/app/problem_words.rs): the same words as `check`

problem-noun-principle = principle
problem-noun-session = session
problem-noun-stakeholder = stakeholder
problem-noun-statement = statement
problem-entity-project = project
problem-entity-conflict = conflict #{ $n }
problem-entity = { $kind } { $id }
problem-entity-number = { $kind } #{ $n }
problem-line = { $entity }: { $problem }
problem-format-version-zero = format_version 0 does not exist; the first version is 1
problem-empty-id = empty { $kind } id
problem-id-padded = { $kind } id "{ $id }" has leading or trailing spaces
problem-id-space = { $kind } id "{ $id }" has a space in it: ids have none
problem-id-forbidden = { $kind } id "{ $id }" contains '{ $char }', which the quick entry reads as a stance
problem-id-invisible = { $kind } id "{ $id }" contains the invisible character { $code }; ids are letters, digits and punctuation
problem-duplicate-id = duplicate { $kind } id "{ $id }" (first used by { $kind } #{ $first })
problem-duplicate-id-case = { $kind } id "{ $id }" differs only in case from "{ $first_id }" ({ $kind } #{ $first }): ids are read in any case
problem-weight-not-finite = weight { $weight } is not a finite number
problem-weight-negative = weight { $weight } is negative
problem-end-before-start = end date { $end } is before start date { $start }
problem-members-of-non-bloc = only blocs have members, but this stakeholder is of kind { $kind }
problem-unknown-member = bloc member "{ $member }" is not a stakeholder of this project
problem-own-member = a bloc cannot be its own member
problem-member-twice = bloc member "{ $member }" is listed twice
problem-not-ulid = id "{ $id }" is not a ULID (26 characters of Crockford base32)
problem-unknown-stakeholder = unknown stakeholder "{ $id }"
problem-unknown-session = unknown session "{ $id }"
problem-unknown-speaker = delivered_by names unknown stakeholder "{ $id }"
problem-no-stance = no stance: a statement must bear on at least one principle
problem-unknown-principle = stance on unknown principle "{ $id }"
problem-unresolved-conflict = unresolved merge conflict on { $record }, { $field }: pick a side in the app's conflict view (or edit the record and delete the conflict)
problem-id-empty = the id cannot be empty
problem-id-spaces = an id has no spaces
problem-id-forbidden-char = a principle id cannot contain '{ $char }': the quick entry reads + - ~ as stances
problem-id-taken = "{ $id }" is already used: ids must be unique
problem-id-invisible-char = an id cannot contain the invisible character { $code }

## src/import (window words, src/app/problem_words.rs): the import's problems, notes, columns and summary

import-issue-sheet-empty = the sheet is empty
import-issue-no-stakeholder-column = no column gives the stakeholder: name one "stakeholder" (or "country", "actor"), or map it
import-issue-long-layout-half = the long layout needs both a Principle and a Stance column
import-issue-no-stance-column = no column gives stances: name columns by principle id or title (a row per statement), or give a "principle" and a "stance" column (a row per statement and principle)
import-issue-column-principle-unknown = column { $column } is mapped to principle "{ $id }", which the project does not have
import-issue-no-stakeholder = no stakeholder
import-issue-un-state = "{ $name }" is not in the project: a UN state ({ $code }); add it from the UN roster, or map or create it
import-issue-unknown-stakeholder = "{ $name }" is not a stakeholder of the project: map it to one, or create it
import-issue-not-a-date = { $text } is not a date
import-issue-ambiguous-date = "{ $text }" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD
import-issue-bad-date = "{ $text }" is not a date: write it as YYYY-MM-DD, e.g. 2023-01-09
import-issue-not-an-instant = { $text } is not a date and time
import-issue-bad-instant = "{ $text }" is not a date and time: write it as 2023-01-09T10:30:00Z
import-issue-session-not-in-project = session "{ $id }" is not in the project
import-issue-no-session = no session: give a session column, a date within a session, or a default session
import-issue-unknown-session = "{ $text }" is not a session of the project (by id, name or a date within it): map it, or add the session first
import-issue-not-a-stance = "{ $text }" is not a stance: map the value to one (or to no position)
import-issue-no-principle = no principle for the stance
import-issue-unknown-principle = "{ $text }" is not a principle of the project (by id or title)
import-issue-two-stances = principle { $principle } has two stances in this row
import-issue-bad-confidence = "{ $text }" is not a confidence: High, Medium or Low
import-issue-bad-source-kind = "{ $text }" is not a kind of source: Official, Observer, AI summary, Media, Own notes or Other
import-issue-bad-flag = "{ $text }" is not yes or no
import-issue-unknown-delivered-by = "{ $text }" (delivered by) is not a stakeholder of the project
import-issue-not-a-statement-id = "{ $text }" is not a statement id (a ULID of 26 characters)
import-issue-statement-in-project = statement { $id } is already in the project (imported before?)
import-issue-id-for-several = one statement id for several stakeholders: leave the id blank
import-issue-id-in-two-rows = statement id { $id } is in two rows
import-issue-another-stance = principle { $principle } has another stance for this statement in row { $row }
import-left-out-skipped = its stakeholder is skipped by the mapping
import-left-out-no-stance = no stance in it
import-note-windows-1252 = The file is not UTF-8: it was read as Windows-1252 (what Excel on Windows writes as "CSV"). Check the accents in the preview.
import-field-ignore = (ignore)
import-field-id = Statement id
import-field-stakeholder = Stakeholder
import-field-stakeholder-name = Stakeholder name
import-field-delivered-by = Delivered by
import-field-session = Session
import-field-date = Date
import-field-principle = Principle (long layout)
import-field-stance = Stance (long layout)
import-field-stance-on = Stance on { $id }
import-field-summary = Summary
import-field-quote = Quote
import-field-articles = Articles
import-field-source-kind = Source kind
import-field-url = Source URL
import-field-source-title = Source title
import-field-confidence = Confidence
import-field-confidential = Confidential
import-field-tags = Tags
import-field-recorded-at = Recorded at
import-field-recorded-by = Recorded by
import-summary = { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} from { $used } of { $read ->
    [one] { $read } row
   *[other] { $read } rows
}
import-summary-new-stakeholders = { $summary }, { $n ->
    [one] { $n } new stakeholder
   *[other] { $n } new stakeholders
}
import-summary-left-out = { $summary }; { $n ->
    [one] { $n } row
   *[other] { $n } rows
} without a stance left out
import-summary-problems = { $summary }; { $n ->
    [one] { $n } problem
   *[other] { $n } problems
} in { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-paste-no-name = no name in this row
import-paste-not-kind-nor-group = "{ $text }" is neither a kind of stakeholder nor a UN group
import-paste-id-taken = the id { $id } is taken
import-paste-unknown = "{ $name }" is neither a stakeholder of the project nor a UN state
