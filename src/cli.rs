//! The command line: clap definitions (their doc comments are the `--help` text) and one
//! function per command.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use claimsift::checklist::{self, AtomicFile};
use claimsift::claim::fold_whitespace;
use claimsift::document::{Document, Input, expand_inputs};
use claimsift::segment::split_sentences;
use claimsift::sink::{self, Format};
use claimsift::{Error, Extractor, Ranked, Result};

/// Turn news text into a checklist of every figure and contested claim worth fact-checking.
///
/// Exit codes: 0 when the work was done (even if no claims were found); 2 when something went
/// wrong: a usage error, an input that could not be read (it is named on stderr and skipped,
/// the others are still processed), or a checklist that was refused. A closed output pipe
/// (`claimsift extract a.txt | head`) exits 0 quietly.
#[derive(Debug, Parser)]
#[command(name = "claimsift", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Extract(ExtractArgs),
    Sentences(SentencesArgs),
    Rules(RulesArgs),
    Review(ReviewArgs),
    Mark(MarkArgs),
    Stats(StatsArgs),
    Report(ReportArgs),
}

/// Write the checklist of one or more articles: one row per figure, highest priority first.
///
/// Example: claimsift extract article.txt -o checklist.csv
///
/// INPUT is a file, a folder (its .txt, .md, .html and .htm files, recursively, in sorted
/// order) or - for standard input (the default). An HTML page is read as its visible text.
/// Rows are sorted by score within each article; articles come in the order given.
#[derive(Debug, clap::Args)]
struct ExtractArgs {
    /// Articles to read: files, folders, or - for standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// Write the checklist to FILE (atomically: a temporary file beside it, then a rename)
    /// instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Csv)]
    format: OutputFormat,
    /// Add an `explain` column: the terms that add up to each row's score.
    #[arg(long)]
    explain: bool,
    /// Add your own cues from a CSV file with the header category,pattern,weight (start from
    /// `claimsift rules > rules.csv`). A row with the category and pattern of a built-in
    /// rule sets its weight; others are added. A malformed file is refused (exit 2) with its
    /// line and the reason.
    #[arg(long, value_name = "FILE.csv")]
    rules: Option<PathBuf>,
    /// Merge into an existing checklist instead of writing a new one: rows whose claim is
    /// still there keep their status, verdict, notes and added columns; new claims come in as
    /// todo; claims no longer in the article stay, marked stale. A claim whose sentence was
    /// edited is matched to its old row when that is unambiguous (same kind, value, claim and
    /// source), and its notes say so. Prints "kept N, new N, stale N" on stderr. Rows of
    /// articles not named in this run are left as they were.
    ///
    /// Example: claimsift extract article.txt --update checklist.csv
    #[arg(long, value_name = "CHECKLIST", conflicts_with = "output")]
    update: Option<PathBuf>,
    /// Start the CSV with a UTF-8 byte order mark, so Excel reads "£" and "—" right.
    #[arg(long)]
    excel: bool,
}

/// Print the built-in cue rules as a rules file (category,pattern,weight), to edit and pass
/// back with `extract --rules`.
///
/// Example: claimsift rules > rules.csv
///
/// Categories: attribution, hedge, dispute, comparison, absolute, causation, belief,
/// prediction. Patterns are case-insensitive regular expressions matched as whole words;
/// weights run from 0 (shown in the `cues` column, adds nothing) to 10. A sentence without a
/// figure becomes a `contested` row when its cue weights add up to 2 or more.
#[derive(Debug, clap::Args)]
struct RulesArgs {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// The checklist CSV (DESIGN.md's columns).
    Csv,
    /// One JSON object per line, same field names; numbers as JSON numbers.
    Jsonl,
    /// One JSON array.
    Json,
}

/// Print the sentences claimsift sees, one per line (or as JSON Lines with byte offsets).
///
/// Example: claimsift sentences article.txt --format jsonl
#[derive(Debug, clap::Args)]
struct SentencesArgs {
    /// Articles to read: files, folders, or - for standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// `text`: one sentence per line, whitespace inside it folded to single spaces.
    /// `jsonl`: {"start","end","text"} per sentence, offsets in bytes, text exactly as read.
    #[arg(long, value_enum, default_value_t = SentenceFormat::Text)]
    format: SentenceFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SentenceFormat {
    Text,
    Jsonl,
}

/// Walk the open rows of a checklist in the terminal and give each a verdict.
///
/// Example: claimsift review checklist.csv
///
/// Rows with status todo come by priority and score, each claim highlighted in its sentence
/// with its speaker, cues and value. Keys: a accurate, i inaccurate, m misleading,
/// e unsupported (no evidence), o opinion, s skip, n note (Enter saves, Esc cancels), u undo,
/// arrows move, ? help, q quit. Every decision is saved to the file at once (atomically, under
/// a lock), so quitting or a crash loses at most the note being typed.
#[derive(Debug, clap::Args)]
struct ReviewArgs {
    /// The checklist to review.
    checklist: PathBuf,
}

/// Set a row's verdict, note or status from a script.
///
/// Example: claimsift mark checklist.csv 3f2a9c0b1d4e --verdict accurate --note "ONS table 4"
///
/// A verdict without --status sets the status to done. The file is saved atomically, under
/// the same lock as review, so marks from several processes never lose one another.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["verdict", "note", "status"])))]
struct MarkArgs {
    /// The checklist.
    checklist: PathBuf,
    /// The row's id (the id column).
    id: String,
    /// The verdict.
    #[arg(long, value_enum)]
    verdict: Option<VerdictArg>,
    /// The row's notes (replaces what is there).
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// The status.
    #[arg(long, value_enum, value_name = "STATUS")]
    status: Option<StatusArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum VerdictArg {
    Accurate,
    Inaccurate,
    Misleading,
    Unsupported,
    Opinion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusArg {
    Todo,
    Done,
    Skipped,
    Stale,
}

/// Count a checklist's rows by status, verdict, kind and priority.
///
/// Example: claimsift stats checklist.csv --format json
#[derive(Debug, clap::Args)]
struct StatsArgs {
    /// The checklist.
    checklist: PathBuf,
    /// `text`: a table for the terminal. `json`: one object; each count table lists the
    /// schema's words first, zeros included.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatsFormat {
    Text,
    Json,
}

/// Write one self-contained HTML page: the article with each claim highlighted by kind and
/// status, and the checklist's rows beside it.
///
/// Example: claimsift report checklist.csv -o report.html
///
/// INPUT ending in .csv is a checklist: each row's article is read from its `source` path
/// (relative to the current folder, else to the checklist's folder), one section per
/// article. Any other INPUT (or - for standard input) is an article, extracted first. An
/// article that cannot be read, or that no longer holds its rows' claims at their offsets,
/// gets the notice "article changed or missing: highlights left out" and a warning on
/// stderr; its rows are still listed and the exit code stays 0. Stale rows are listed, not
/// highlighted. A malformed checklist is refused (exit 2) and nothing is written.
#[derive(Debug, clap::Args)]
struct ReportArgs {
    /// A checklist (.csv), or an article to extract (any other file, or -).
    #[arg(value_name = "INPUT")]
    input: String,
    /// Write the page to FILE (atomically: a temporary file beside it, then a rename)
    /// instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// What a command did, for the exit code.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Inputs that could not be read (each already named on stderr).
    pub failed_inputs: usize,
}

/// Runs one command.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Sentences(args) => sentences(args),
        Command::Rules(_) => rules(),
        Command::Review(args) => review(args),
        Command::Mark(args) => mark(args),
        Command::Stats(args) => stats(args),
        Command::Report(args) => report(args),
    }
}

/// Calls `each` with every readable input in order; unreadable ones are named on stderr and
/// counted, and the run goes on with the rest.
fn for_each_document(
    inputs: &[String],
    mut each: impl FnMut(&Document) -> Result<()>,
) -> Result<Outcome> {
    let (inputs, errors) = expand_inputs(inputs);
    let mut outcome = Outcome::default();
    for e in errors {
        eprintln!("claimsift: {e}");
        outcome.failed_inputs += 1;
    }
    for input in &inputs {
        match Document::read(input) {
            Ok(doc) => each(&doc)?,
            Err(e) => {
                eprintln!("claimsift: {e}");
                outcome.failed_inputs += 1;
            }
        }
    }
    Ok(outcome)
}

fn stdout_error(e: io::Error) -> Error {
    Error::io("-", e)
}

fn extract(args: ExtractArgs) -> Result<Outcome> {
    let format = match args.format {
        OutputFormat::Csv => Format::Csv,
        OutputFormat::Jsonl => Format::Jsonl,
        OutputFormat::Json => Format::Json,
    };
    if args.excel && format != Format::Csv {
        return Err(Error::Usage("--excel applies to CSV output only".into()));
    }
    if let Some(checklist) = &args.update {
        return extract_update(&args, checklist, format);
    }
    let extractor = extractor(&args)?;
    match &args.output {
        Some(path) => {
            // The same lock as review and mark: no checklist is replaced under a reviewer.
            let _lock = checklist::Lock::acquire(path)?;
            let mut file = AtomicFile::create(path)?;
            let to_file = |e: io::Error| Error::io(path, e);
            let outcome = {
                let mut sink = sink::sink_with(format, &mut file, args.explain, args.excel)
                    .map_err(to_file)?;
                let outcome = for_each_document(&args.inputs, |doc| {
                    write_and_release(&mut *sink, extractor.extract_ranked(doc)).map_err(to_file)
                })?;
                sink.finish().map_err(to_file)?;
                outcome
            };
            file.commit()?;
            Ok(outcome)
        }
        None => {
            let stdout = io::stdout();
            let out = BufWriter::with_capacity(1 << 16, stdout.lock());
            let mut sink =
                sink::sink_with(format, out, args.explain, args.excel).map_err(stdout_error)?;
            let outcome = for_each_document(&args.inputs, |doc| {
                write_and_release(&mut *sink, extractor.extract_ranked(doc)).map_err(stdout_error)
            })?;
            sink.finish().map_err(stdout_error)?;
            Ok(outcome)
        }
    }
}

/// Writes a document's rows and lets them go. The rows of a long document are hundreds of
/// thousands of small allocations: freeing them took 80 ms of a 0.6 s run over the Reuters
/// archive, so a large batch is freed on a thread of its own, which the next document's work
/// overlaps and which the process does not wait for when it exits.
fn write_and_release(sink: &mut dyn sink::Sink, claims: Ranked) -> io::Result<()> {
    let written = sink.write_claim_refs(&claims.refs());
    if claims.len() >= 10_000 {
        std::thread::spawn(move || drop(claims));
    }
    written
}

#[derive(serde::Serialize)]
struct SentenceJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn sentences(args: SentencesArgs) -> Result<Outcome> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let outcome = for_each_document(&args.inputs, |doc| {
        for s in split_sentences(&doc.text) {
            let text = &doc.text[s.start..s.end];
            match args.format {
                SentenceFormat::Text => writeln!(out, "{}", fold_whitespace(text)),
                SentenceFormat::Jsonl => {
                    let line = SentenceJson {
                        start: s.start,
                        end: s.end,
                        text,
                    };
                    serde_json::to_writer(&mut out, &line)
                        .map_err(io::Error::from)
                        .and_then(|()| out.write_all(b"\n"))
                }
            }
            .map_err(stdout_error)?;
        }
        Ok(())
    })?;
    out.flush().map_err(stdout_error)?;
    Ok(outcome)
}

/// The extractor `extract` asks for: the user's cue rules (`--rules`), the score terms
/// (`--explain`).
fn extractor(args: &ExtractArgs) -> Result<Extractor> {
    let extractor = match &args.rules {
        Some(path) => Extractor::new().with_rules_file(path)?,
        None => Extractor::new(),
    };
    Ok(extractor.with_explain(args.explain))
}

fn rules() -> Result<Outcome> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    claimsift::rules::cues::Lexicon::builtin()
        .write_csv(&mut out)
        .and_then(|()| out.flush())
        .map_err(stdout_error)?;
    Ok(Outcome::default())
}

/// `extract --update`: every input extracted first, then merged under the checklist's lock.
/// An input that cannot be read stops the update (nothing is written): its rows would
/// otherwise be taken for deleted claims.
fn extract_update(args: &ExtractArgs, path: &std::path::Path, format: Format) -> Result<Outcome> {
    if format != Format::Csv {
        return Err(Error::Usage(
            "--update merges into a CSV checklist; leave out --format".into(),
        ));
    }
    let extractor = extractor(args)?;
    let mut claims = Vec::new();
    let mut sources = Vec::new();
    let outcome = for_each_document(&args.inputs, |doc| {
        claims.extend(extractor.extract_document(doc));
        sources.push(doc.source.clone());
        Ok(())
    })?;
    if outcome.failed_inputs > 0 {
        eprintln!(
            "claimsift: {}: not updated, because {} input(s) could not be read",
            path.display(),
            outcome.failed_inputs
        );
        return Ok(outcome);
    }
    let options = checklist::UpdateOptions {
        explain: args.explain,
        excel: args.excel,
    };
    let summary = checklist::update(path, &claims, &sources, &options)?;
    eprintln!("claimsift: {}: {summary}", path.display());
    Ok(outcome)
}

fn review(args: ReviewArgs) -> Result<Outcome> {
    let summary = claimsift::review::run(&args.checklist)?;
    eprintln!("claimsift: {}: {summary}", args.checklist.display());
    Ok(Outcome::default())
}

fn mark(args: MarkArgs) -> Result<Outcome> {
    let verdict = args.verdict.map(|v| match v {
        VerdictArg::Accurate => "accurate",
        VerdictArg::Inaccurate => "inaccurate",
        VerdictArg::Misleading => "misleading",
        VerdictArg::Unsupported => "unsupported",
        VerdictArg::Opinion => "opinion",
    });
    let status = args.status.map(|s| match s {
        StatusArg::Todo => "todo",
        StatusArg::Done => "done",
        StatusArg::Skipped => "skipped",
        StatusArg::Stale => "stale",
    });
    let change = checklist::Mark {
        verdict: verdict.map(String::from),
        note: args.note,
        status: status.map(String::from),
    };
    checklist::mark(&args.checklist, &args.id, &change)?;
    Ok(Outcome::default())
}

fn stats(args: StatsArgs) -> Result<Outcome> {
    let checklist = checklist::Checklist::read(&args.checklist)?;
    let stats = checklist::Stats::of(&checklist);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match args.format {
        StatsFormat::Text => write!(out, "{stats}"),
        StatsFormat::Json => serde_json::to_writer_pretty(&mut out, &stats)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n")),
    }
    .map_err(stdout_error)?;
    out.flush().map_err(stdout_error)?;
    Ok(Outcome::default())
}

fn report(args: ReportArgs) -> Result<Outcome> {
    let input = std::path::Path::new(&args.input);
    let name = input
        .file_name()
        .map_or_else(|| args.input.clone(), |n| n.to_string_lossy().into_owned());
    let title = format!("claimsift report: {name}");
    let is_checklist = input
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if let Some(out) = &args.output {
        // Writing the page over its own input would lose the review or the article.
        if let (Ok(a), Ok(b)) = (input.canonicalize(), out.canonicalize()) {
            if a == b {
                return Err(Error::Usage(format!(
                    "{}: -o names the input itself; give another file",
                    out.display()
                )));
            }
        }
    }
    let html = if is_checklist {
        let checklist = checklist::Checklist::read(input)?;
        let folder = input.parent().unwrap_or(std::path::Path::new(""));
        let report =
            claimsift::report::render(&title, &checklist, |source| read_source(source, folder));
        for (source, reason) in &report.problems {
            eprintln!(
                "claimsift: {}: {source}: {} ({reason})",
                input.display(),
                claimsift::report::CHANGED_NOTICE
            );
        }
        report.html
    } else {
        let doc = if args.input == "-" {
            Document::read(&Input::Stdin)?
        } else {
            Document::read(&Input::File {
                path: input.to_path_buf(),
            })?
        };
        let claims = Extractor::new().extract_document(&doc);
        let checklist = checklist::Checklist::from_claims(&claims, false);
        claimsift::report::render(&title, &checklist, |source| {
            if source == doc.source {
                Ok(doc.text.clone())
            } else {
                Err("not the article extracted".to_string())
            }
        })
        .html
    };
    match &args.output {
        Some(path) => {
            let mut file = AtomicFile::create(path)?;
            file.write_all(html.as_bytes())
                .map_err(|e| Error::io(path, e))?;
            file.commit()?;
        }
        None => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            out.write_all(html.as_bytes())
                .and_then(|()| out.flush())
                .map_err(stdout_error)?;
        }
    }
    Ok(Outcome::default())
}

/// The text of the article a checklist row names: the path as written, relative to the
/// current folder, else relative to the checklist's folder.
fn read_source(source: &str, folder: &std::path::Path) -> std::result::Result<String, String> {
    if source == "-" {
        return Err("it was read from standard input".to_string());
    }
    let here = PathBuf::from(source);
    let path = if here.exists() {
        here
    } else {
        let beside = folder.join(source);
        if !beside.exists() {
            return Err("not found here nor beside the checklist".to_string());
        }
        beside
    };
    Document::read(&Input::File { path })
        .map(|doc| doc.text)
        .map_err(|e| e.to_string())
}
