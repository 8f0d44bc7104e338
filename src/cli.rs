//! The command line: clap definitions (their doc comments are the `--help` text) and one
//! function per command.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use claimsift::checklist::AtomicFile;
use claimsift::claim::fold_whitespace;
use claimsift::document::{Document, expand_inputs};
use claimsift::segment::split_sentences;
use claimsift::sink::{self, Format};
use claimsift::{Error, Extractor, Result};

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
}

/// Write the checklist of one or more articles: one row per figure, highest priority first.
///
/// Example: claimsift extract article.txt -o checklist.csv
///
/// INPUT is a file, a folder (its .txt and .md files, recursively, in sorted order) or - for
/// standard input (the default). Rows are sorted by score within each article; articles come
/// in the order given.
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
    let extractor = match &args.rules {
        Some(path) => Extractor::new().with_rules_file(path)?,
        None => Extractor::new(),
    }
    .with_explain(args.explain);
    match &args.output {
        Some(path) => {
            let mut file = AtomicFile::create(path)?;
            let to_file = |e: io::Error| Error::io(path, e);
            let outcome = {
                let mut sink = sink::sink(format, &mut file, args.explain).map_err(to_file)?;
                let outcome = for_each_document(&args.inputs, |doc| {
                    sink.write_claims(&extractor.extract_document(doc))
                        .map_err(to_file)
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
            let mut sink = sink::sink(format, out, args.explain).map_err(stdout_error)?;
            let outcome = for_each_document(&args.inputs, |doc| {
                sink.write_claims(&extractor.extract_document(doc))
                    .map_err(stdout_error)
            })?;
            sink.finish().map_err(stdout_error)?;
            Ok(outcome)
        }
    }
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

fn rules() -> Result<Outcome> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    claimsift::rules::cues::Lexicon::builtin()
        .write_csv(&mut out)
        .and_then(|()| out.flush())
        .map_err(stdout_error)?;
    Ok(Outcome::default())
}
