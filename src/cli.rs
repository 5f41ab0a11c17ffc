//! The command line: `check`, `report` and `generate`, with exit codes scripts can rely on.
//!
//! Exit codes: 0 success, 1 invalid input or a failed operation, 2 a usage error.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::{AnalysisOptions, ProjectAnalysis};
use crate::generate::{GenerateOptions, generate};
use crate::report;
use crate::store;

#[derive(Debug, Parser)]
#[command(
    name = "treaty-tracker",
    version,
    about = "Log, analyse and report where negotiating parties stand on a set of principles",
    after_help = "Without a subcommand, opens the desktop window: on FILE, else on the last \
                  project, else (first run) on the embedded AHC sample."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A project file to open in the desktop window.
    file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate project files: one `FILE:LINE:COL: message` line per problem.
    Check {
        /// Project files (.ron) to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// The alignment report of one session: HTML, Markdown, CSV, JSON, or its tables as XLSX.
    Report {
        /// Project file (.ron).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: ReportFormat,
        /// Session id, or name; case and accents do not matter when only one matches
        /// (default: the latest session with statements).
        #[arg(long)]
        session: Option<String>,
        /// Session to compare with (default: the previous session).
        #[arg(long)]
        from: Option<String>,
        /// Count confidential statements in the figures (by default an export leaves them out;
        /// their text, tags, articles, source and id never appear either way).
        #[arg(long, conflicts_with = "exclude_confidential")]
        include_confidential: bool,
        /// Leave confidential statements out of the figures: the default, still accepted.
        #[arg(long)]
        exclude_confidential: bool,
        /// Carry positions forward from earlier sessions (default: the project's method, on
        /// unless the file says otherwise).
        #[arg(long, value_enum)]
        carry_forward: Option<OnOff>,
        /// Count a bloc's statements for its members (default: the project's method, on
        /// unless the file says otherwise).
        #[arg(long, value_enum)]
        bloc_positions: Option<OnOff>,
        /// Below this many positions a principle's verdict is "too few positions" (default:
        /// the project's method, 3 unless the file says otherwise).
        #[arg(long, value_name = "N")]
        min_positions: Option<u32>,
        /// Language of the HTML and Markdown reports' words, numbers and dates (the CSV, JSON
        /// and XLSX stay in English for spreadsheets and scripts).
        #[arg(long, value_enum, default_value = "en")]
        lang: ReportLang,
        #[command(flatten)]
        csv: CsvArgs,
        /// Write to this file instead of standard output (atomically).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Merge two versions of a project with their common ancestor, record by record. Exit 0:
    /// merged cleanly; 1: merged, with conflicts kept in OUT (`check` lists them); 2: usage
    /// error or an invalid input (OUT untouched).
    Merge {
        /// The common ancestor.
        base: PathBuf,
        /// Our version.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Where to write the merged project (atomically).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Git's merge driver (`git-setup` registers it): merges %A with %B from %O and writes the
    /// result over %A. Exit 0: clean; 1: conflicts kept in the file; 2: an invalid side (%A
    /// left as it was).
    #[command(name = "merge-driver")]
    MergeDriver {
        /// %O: the common ancestor.
        base: PathBuf,
        /// %A: our version, replaced by the result.
        ours: PathBuf,
        /// %B: their version.
        theirs: PathBuf,
        /// %P: the file's path in the repository, for the conflicts' labels.
        path: Option<String>,
    },
    /// Registers the merge driver in a git repository's config and adds the `.gitattributes`
    /// line for project files (idempotent).
    #[command(name = "git-setup")]
    GitSetup {
        /// The repository (default: the current directory).
        dir: Option<PathBuf>,
    },
    /// Tables for spreadsheets and scripts: the statements table (one row per statement) as
    /// CSV or XLSX, or the whole project as JSON. Confidential statements are left out unless
    /// --include-confidential.
    Export {
        /// Project file (.ron).
        file: PathBuf,
        /// What to export.
        #[arg(value_enum)]
        what: ExportWhat,
        /// Output format: csv or xlsx for statements, json for the project.
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        csv: CsvArgs,
        /// Include confidential statements (their text then leaves the file: careful).
        #[arg(long)]
        include_confidential: bool,
        /// Write to this file instead of standard output (atomically).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Import statements from a spreadsheet (CSV, XLSX, XLS or ODS) into a project. Problems
    /// are printed as `FILE:ROW:COLUMN: message`; nothing is imported when any row is bad,
    /// unless --skip-bad-rows.
    Import {
        /// The spreadsheet.
        spreadsheet: PathBuf,
        /// The project to import into (.ron); written back atomically unless -o.
        #[arg(long)]
        into: PathBuf,
        /// The sheet to read (default: the first with data).
        #[arg(long)]
        sheet: Option<String>,
        /// A mapping file (RON) saying what the columns and values mean (default: the
        /// documented header names and values are recognised).
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Import the good rows and say which were skipped, instead of importing nothing.
        #[arg(long)]
        skip_bad_rows: bool,
        /// Create the stakeholders the project lacks: UN states from the built-in roster,
        /// others as kind Other.
        #[arg(long)]
        create_stakeholders: bool,
        /// Who logged the statements (for rows that do not say).
        #[arg(long, value_name = "NAME", default_value = "")]
        recorded_by: String,
        /// Check and report, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Write the project with the statements to this file instead of the project file.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Write a synthetic, valid project for benchmarks and demos (same seed, same bytes).
    Generate {
        /// Number of stakeholders (states and organisations; a few blocs are added among them).
        #[arg(long, default_value_t = 60)]
        stakeholders: usize,
        /// Number of principles.
        #[arg(long, default_value_t = 10)]
        principles: usize,
        /// Number of sessions.
        #[arg(long, default_value_t = 8)]
        sessions: usize,
        /// Number of statements.
        #[arg(long, default_value_t = 1000)]
        statements: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output file.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

/// The languages of `report --lang`.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum ReportLang {
    /// English.
    En,
    /// French.
    Fr,
}

impl From<ReportLang> for crate::i18n::Lang {
    fn from(lang: ReportLang) -> Self {
        match lang {
            ReportLang::En => crate::i18n::Lang::En,
            ReportLang::Fr => crate::i18n::Lang::Fr,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ReportFormat {
    Html,
    Md,
    Csv,
    Json,
    Xlsx,
}

/// How a CSV is written, for `report` and `export`.
#[derive(Debug, clap::Args)]
struct CsvArgs {
    /// CSV field separator: one punctuation character, or `tab` (`;` for French spreadsheets).
    #[arg(long, default_value = ",")]
    separator: String,
    /// Write decimals with a comma (`0,25`), as French and most European spreadsheets read
    /// them; needs another separator than `,`.
    #[arg(long)]
    decimal_comma: bool,
    /// Start the CSV with a UTF-8 byte-order mark (spreadsheets then read accents right).
    #[arg(long)]
    bom: bool,
}

impl CsvArgs {
    /// The options, or a message saying what is wrong with them.
    fn options(&self) -> Result<crate::tables::CsvOptions, String> {
        let separator = match self.separator.as_str() {
            "tab" | "\\t" | "\t" => b'\t',
            one if one.len() == 1 => one.as_bytes()[0],
            other => {
                return Err(format!(
                    "--separator \"{other}\" is not one punctuation character or `tab`"
                ));
            }
        };
        let options = crate::tables::CsvOptions {
            separator,
            bom: self.bom,
            decimal_comma: self.decimal_comma,
        };
        options.check().map(|()| options)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExportWhat {
    /// One row per statement.
    Statements,
    /// The whole project.
    Project,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OnOff {
    On,
    Off,
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut num_problems = 0usize;
    let mut num_bad_files = 0usize;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in files {
        let lines = store::check_lines(path, &store::load(path));
        if !lines.is_empty() {
            num_bad_files += 1;
        }
        num_problems += lines.len();
        for line in lines {
            if writeln!(out, "{line}").is_err() {
                return ExitCode::from(1);
            }
        }
    }
    eprintln!(
        "checked {} file{}: {}",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        if num_problems == 0 {
            "all valid".to_owned()
        } else {
            format!("{num_problems} problem(s) in {num_bad_files} file(s)")
        }
    );
    if num_problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Loads a project for a command that needs a valid one; prints the problems otherwise.
fn load_valid(path: &Path) -> Option<crate::model::Project> {
    let result = store::load(path);
    let lines = store::check_lines(path, &result);
    if lines.is_empty() {
        result.ok().map(|loaded| loaded.project)
    } else {
        for line in lines {
            eprintln!("{line}");
        }
        eprintln!(
            "treaty-tracker: {} is not a valid project; nothing written",
            path.display()
        );
        None
    }
}

/// Writes what a command made from `input` to `output` (atomically), or to standard output.
/// Never over `input` itself: `report p.ron -o p.ron` would destroy the project.
fn write_output(input: &Path, output: Option<&Path>, bytes: &[u8]) -> ExitCode {
    if let Some(path) = output {
        if store::same_file(input, path) {
            eprintln!(
                "treaty-tracker: {} is the project the output is made from; nothing written \
                 (give -o another file)",
                path.display()
            );
            return ExitCode::from(1);
        }
        return match store::write_export(path, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("treaty-tracker: {e}");
                ExitCode::from(1)
            }
        };
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped early (`| head`) is not worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(1),
        Err(e) => {
            eprintln!("treaty-tracker: cannot write to standard output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Loads a side of a merge: a valid project, its unresolved conflicts apart (a file merged
/// before can be merged again); prints its problems as `check` does otherwise.
fn load_mergeable(path: &Path) -> Option<crate::model::Project> {
    let result = store::load(path);
    if let Ok(loaded) = &result
        && loaded.problems.iter().all(|p| {
            matches!(
                p.problem.kind,
                crate::model::ProblemKind::UnresolvedConflict(..)
            )
        })
    {
        return Some(loaded.project.clone());
    }
    for line in store::check_lines(path, &result) {
        eprintln!("{line}");
    }
    eprintln!(
        "treaty-tracker: {} is not a valid project; nothing merged",
        path.display()
    );
    None
}

/// `merge` and `merge-driver`: the three files merged into `output`. Exit 0 when clean, 1
/// with conflicts (written into the file), 2 when an input is not a valid project (`output`
/// untouched).
fn run_merge(inputs: [&Path; 3], output: &Path, labels: &crate::merge::Labels) -> ExitCode {
    let [Some(base), Some(ours), Some(theirs)] = inputs.map(load_mergeable) else {
        return ExitCode::from(2);
    };
    let merged = crate::merge::merge(&base, &ours, &theirs, labels);
    let text = match store::to_string(&merged.project) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("treaty-tracker: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = store::write_export(output, text.as_bytes()) {
        eprintln!("treaty-tracker: {e}");
        return ExitCode::from(2);
    }
    let unresolved = merged.project.conflicts.len();
    eprintln!(
        "treaty-tracker: merged into {}: {}{}",
        output.display(),
        merged.summary,
        if unresolved > 0 {
            format!("; {unresolved} unresolved in the file (resolve them in the app, then `check`)")
        } else {
            String::new()
        }
    );
    if unresolved > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `export`: the statements table or the project, in the format asked.
fn run_export(
    file: &Path,
    what: ExportWhat,
    format: ExportFormat,
    csv: crate::tables::CsvOptions,
    include_confidential: bool,
    output: Option<&Path>,
) -> ExitCode {
    use crate::tables::TableExport;
    let what = match (what, format) {
        (ExportWhat::Statements, ExportFormat::Csv) => TableExport::StatementsCsv,
        (ExportWhat::Statements, ExportFormat::Xlsx) => TableExport::StatementsXlsx,
        (ExportWhat::Project, ExportFormat::Json) => TableExport::ProjectJson,
        _ => {
            eprintln!("treaty-tracker: the statements export as csv or xlsx, the project as json");
            return ExitCode::from(2);
        }
    };
    let Some(project) = load_valid(file) else {
        return ExitCode::from(1);
    };
    let bytes = crate::tables::export(&project, what, include_confidential, csv);
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("treaty-tracker: {}: {message}", file.display());
            return ExitCode::from(1);
        }
    };
    write_output(file, output, &bytes)
}

/// What `import` was asked to do.
struct ImportArgs<'a> {
    spreadsheet: &'a Path,
    into: &'a Path,
    sheet: Option<&'a str>,
    mapping: Option<&'a Path>,
    skip_bad_rows: bool,
    create_stakeholders: bool,
    recorded_by: &'a str,
    dry_run: bool,
    output: Option<&'a Path>,
}

/// `import`: the spreadsheet's statements into the project, all or (with --skip-bad-rows)
/// the good rows; exit 1 and nothing written when a row is bad.
fn run_import(args: &ImportArgs<'_>) -> ExitCode {
    use crate::import;
    let sheet_file = args.spreadsheet.display();
    let Some(mut project) = load_valid(args.into) else {
        return ExitCode::from(1);
    };
    let mut mapping = match args.mapping {
        None => import::Mapping::default(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| import::Mapping::from_ron(&text))
        {
            Ok(m) => m,
            Err(e) => {
                eprintln!("treaty-tracker: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        },
    };
    if args.create_stakeholders {
        mapping.create_unknown_stakeholders = true;
    }
    let workbook = match import::read_file(args.spreadsheet) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("treaty-tracker: {sheet_file}: {e}");
            return ExitCode::from(1);
        }
    };
    for note in &workbook.notes {
        eprintln!("treaty-tracker: {sheet_file}: note: {note}");
    }
    let wanted = args.sheet.or(mapping.sheet.as_deref());
    let Some(sheet) = workbook.sheet(wanted) else {
        let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
        eprintln!(
            "treaty-tracker: {sheet_file}: no sheet \"{}\" (the sheets: {})",
            wanted.unwrap_or(""),
            names.join(", ")
        );
        return ExitCode::from(1);
    };
    let stamp = import::Stamp {
        now: chrono::Utc::now(),
        by: args.recorded_by.to_owned(),
    };
    let plan = import::plan(&project, sheet, &mapping, &stamp);
    for p in &plan.problems {
        eprintln!("{sheet_file}:{}: {}", p.place(), p.message);
    }
    for (row, why) in &plan.left_out {
        eprintln!("{sheet_file}:{row}: note: left out: {why}");
    }
    if !plan.can_apply(args.skip_bad_rows) {
        eprintln!(
            "treaty-tracker: {sheet_file}: {}; nothing imported{}",
            plan.summary(),
            if plan.statements.is_empty() || plan.has_sheet_problem() || args.skip_bad_rows {
                ""
            } else {
                " (--skip-bad-rows imports the good rows)"
            }
        );
        return ExitCode::from(1);
    }
    if !plan.bad_rows.is_empty() {
        let rows: Vec<String> = plan.bad_rows.iter().map(ToString::to_string).collect();
        eprintln!(
            "treaty-tracker: {sheet_file}: skipped {} bad row{}: {}",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" },
            rows.join(", ")
        );
    }
    if plan.edit(&project).apply_to(&mut project).is_none() {
        eprintln!("treaty-tracker: {sheet_file}: the import could not be applied; nothing written");
        return ExitCode::from(1);
    }
    let problems = crate::model::validate(&project);
    if let Some(first) = problems.first() {
        eprintln!(
            "treaty-tracker: {sheet_file}: the imported project would not be valid ({}); \
             nothing written",
            first.kind
        );
        return ExitCode::from(1);
    }
    let target = args.output.unwrap_or(args.into);
    if args.dry_run {
        eprintln!(
            "treaty-tracker: {sheet_file}: {} (dry run: nothing written)",
            plan.summary()
        );
        return ExitCode::SUCCESS;
    }
    if let Err(e) = store::save(&project, target) {
        eprintln!("treaty-tracker: {e}");
        return ExitCode::from(1);
    }
    eprintln!(
        "treaty-tracker: imported into {}: {}",
        target.display(),
        plan.summary()
    );
    ExitCode::SUCCESS
}

/// The `.gitattributes` line that sends project files to the driver.
pub const GITATTRIBUTES_LINE: &str = "*.ron merge=treaty-tracker";

/// `git-setup`: the driver in the repository's config (`git config`), the attributes line in
/// its `.gitattributes`; both left alone when already there.
fn git_setup(dir: &Path) -> ExitCode {
    let exe = std::env::current_exe()
        .map_or_else(|_| "treaty-tracker".to_owned(), |p| p.display().to_string());
    let driver = format!("\"{exe}\" merge-driver %O %A %B %P");
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
    };
    match git(&["rev-parse", "--show-toplevel"]) {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            eprintln!(
                "treaty-tracker: {} is not in a git repository: {}",
                dir.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("treaty-tracker: cannot run git ({e}); is it installed?");
            return ExitCode::from(1);
        }
    }
    for (key, value) in [
        (
            "merge.treaty-tracker.name",
            "Treaty Tracker record-level merge",
        ),
        ("merge.treaty-tracker.driver", driver.as_str()),
    ] {
        let current = git(&["config", "--get", key])
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
        if current.as_deref() == Some(value) {
            println!("git config {key}: already set");
            continue;
        }
        match git(&["config", key, value]) {
            Ok(out) if out.status.success() => println!("git config {key} = {value}"),
            _ => {
                eprintln!("treaty-tracker: git config {key} failed");
                return ExitCode::from(1);
            }
        }
    }
    let attributes = dir.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if existing.lines().any(|l| l.trim() == GITATTRIBUTES_LINE) {
        println!(
            "{}: already has \"{GITATTRIBUTES_LINE}\"",
            attributes.display()
        );
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GITATTRIBUTES_LINE);
        text.push('\n');
        if let Err(e) = store::write_export(&attributes, text.as_bytes()) {
            eprintln!("treaty-tracker: {e}");
            return ExitCode::from(1);
        }
        println!("{}: added \"{GITATTRIBUTES_LINE}\"", attributes.display());
    }
    ExitCode::SUCCESS
}

/// Arguments of `report`.
struct ReportArgs<'a> {
    file: &'a Path,
    format: ReportFormat,
    session: Option<&'a str>,
    from: Option<&'a str>,
    carry_forward: Option<OnOff>,
    bloc_positions: Option<OnOff>,
    min_positions: Option<u32>,
    include_confidential: bool,
    lang: crate::i18n::Lang,
    csv: crate::tables::CsvOptions,
    output: Option<&'a Path>,
}

fn session_index(project: &crate::model::Project, file: &Path, id: &str) -> Option<usize> {
    let found = project.find_session(id);
    if found.is_none() {
        let known: Vec<&str> = project.sessions.iter().map(|s| s.id.as_str()).collect();
        eprintln!(
            "treaty-tracker: unknown session \"{id}\" in {}; sessions are: {}",
            file.display(),
            known.join(", ")
        );
    }
    found
}

fn run_report(args: &ReportArgs<'_>) -> ExitCode {
    let file = args.file;
    let Some(project) = load_valid(file) else {
        return ExitCode::from(1);
    };
    if let Err(message) = ProjectAnalysis::check_size(&project) {
        eprintln!(
            "treaty-tracker: {}: too large to analyse: {message}",
            file.display()
        );
        return ExitCode::from(1);
    }
    let session = if let Some(id) = args.session {
        let Some(i) = session_index(&project, file, id) else {
            return ExitCode::from(1);
        };
        i
    } else {
        let Some(i) = project.default_session() else {
            eprintln!(
                "treaty-tracker: {} has no sessions; there is nothing to report",
                file.display()
            );
            return ExitCode::from(1);
        };
        i
    };
    let from = match args.from {
        Some(id) => match session_index(&project, file, id) {
            Some(i) => Some(i),
            None => return ExitCode::from(1),
        },
        None => None,
    };
    let options = report::ReportOptions {
        session,
        from,
        analysis: {
            let on = |v: Option<OnOff>| v.map(|v| matches!(v, OnOff::On));
            let mut method = project.method;
            if let Some(n) = args.min_positions {
                method.min_positions = n;
            }
            AnalysisOptions::of(method, on(args.carry_forward), on(args.bloc_positions))
        },
        include_confidential: args.include_confidential,
        generated_at: report::report_time(),
        csv: args.csv,
        lang: args.lang,
    };
    let format = match args.format {
        ReportFormat::Html => report::ReportFormat::Html,
        ReportFormat::Md => report::ReportFormat::Markdown,
        ReportFormat::Csv => report::ReportFormat::Csv,
        ReportFormat::Json => report::ReportFormat::Json,
        ReportFormat::Xlsx => report::ReportFormat::Xlsx,
    };
    if format == report::ReportFormat::Xlsx && args.output.is_none() {
        eprintln!("treaty-tracker: an XLSX report is binary: give -o FILE.xlsx");
        return ExitCode::from(2);
    }
    match report::render_bytes_owned(project, format, options) {
        Ok(bytes) => write_output(file, args.output, &bytes),
        Err(message) => {
            eprintln!("treaty-tracker: {}: {message}", file.display());
            ExitCode::from(1)
        }
    }
}

/// Runs the command line and returns the process exit code. Never panics on bad input.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" to clap but successes to the user.
            let code = if e.use_stderr() { 2 } else { 0 };
            if e.print().is_err() {
                return ExitCode::from(2);
            }
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Some(Command::Check { files }) => check(&files),
        Some(Command::Report {
            file,
            format,
            session,
            from,
            include_confidential,
            exclude_confidential: _,
            carry_forward,
            bloc_positions,
            min_positions,
            lang,
            csv,
            output,
        }) => match csv.options() {
            Ok(csv) => run_report(&ReportArgs {
                file: &file,
                format,
                session: session.as_deref(),
                from: from.as_deref(),
                carry_forward,
                bloc_positions,
                min_positions,
                include_confidential,
                lang: lang.into(),
                csv,
                output: output.as_deref(),
            }),
            Err(message) => {
                eprintln!("treaty-tracker: {message}");
                ExitCode::from(2)
            }
        },
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
        }) => {
            let labels = crate::merge::Labels {
                ours: ours.display().to_string(),
                theirs: theirs.display().to_string(),
            };
            run_merge([&base, &ours, &theirs], &output, &labels)
        }
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            path,
        }) => {
            let name = path.unwrap_or_else(|| ours.display().to_string());
            let labels = crate::merge::Labels {
                ours: format!("ours ({name})"),
                theirs: format!("theirs ({name})"),
            };
            run_merge([&base, &ours, &theirs], &ours, &labels)
        }
        Some(Command::Export {
            file,
            what,
            format,
            csv,
            include_confidential,
            output,
        }) => match csv.options() {
            Ok(csv) => run_export(
                &file,
                what,
                format,
                csv,
                include_confidential,
                output.as_deref(),
            ),
            Err(message) => {
                eprintln!("treaty-tracker: {message}");
                ExitCode::from(2)
            }
        },
        Some(Command::Import {
            spreadsheet,
            into,
            sheet,
            mapping,
            skip_bad_rows,
            create_stakeholders,
            recorded_by,
            dry_run,
            output,
        }) => run_import(&ImportArgs {
            spreadsheet: &spreadsheet,
            into: &into,
            sheet: sheet.as_deref(),
            mapping: mapping.as_deref(),
            skip_bad_rows,
            create_stakeholders,
            recorded_by: &recorded_by,
            dry_run,
            output: output.as_deref(),
        }),
        Some(Command::GitSetup { dir }) => git_setup(&dir.unwrap_or_else(|| PathBuf::from("."))),
        Some(Command::Generate {
            stakeholders,
            principles,
            sessions,
            statements,
            seed,
            output,
        }) => {
            let options = GenerateOptions {
                stakeholders,
                principles,
                sessions,
                statements,
                seed,
            };
            let project = match generate(&options) {
                Ok(project) => project,
                Err(message) => {
                    eprintln!("treaty-tracker: generate: {message}");
                    return ExitCode::from(2);
                }
            };
            match store::save(&project, &output) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("treaty-tracker: {e}");
                    ExitCode::from(1)
                }
            }
        }
        None => crate::app::run(cli.file),
    }
}
