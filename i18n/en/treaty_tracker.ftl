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
