//! Loading articles: files, folders and standard input, as text whose byte offsets are the
//! offsets of the bytes as read.
//!
//! Only this module reads articles (the xsv rule: one place opens inputs), so the bad-input
//! policy lives in one place: a NUL byte means binary, invalid UTF-8 is refused with the offset
//! of the first bad byte, and nothing is ever rewritten. A UTF-8 byte order mark and CRLF line
//! ends are kept as they are, so that `text[start..end]` is exactly what the file holds there;
//! the sentence splitter treats U+FEFF and `\r` as whitespace.
//!
//! HTML is the exception. A file named `.html` or `.htm` (any case), or any input whose text
//! opens with `<!doctype html` or `<html`, is turned into the text a reader sees (see
//! [`html`]): tags and character references are gone, so no offset into the extracted text
//! can be one into the file. For HTML input, offsets, lines and sentences point into the
//! extracted text ([`Document::text`]), a departure from DESIGN.md's "offsets into the
//! original bytes"; `source` still names the `.html` file.

pub mod html;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::swar;

/// One article: where it came from and its text, unchanged.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as given on the command line (for files found in a folder, the folder path
    /// joined with the file's path inside it), or `-` for standard input.
    pub source: String,
    /// The text exactly as read (a BOM and `\r\n` included); for HTML input, the page's
    /// visible text, which offsets then point into.
    pub text: String,
    /// Byte offset of the start of every line after the first, for `line_of`: built on first
    /// use, because `extract` counts lines as it goes and never needs it.
    line_starts: OnceLock<Vec<usize>>,
}

impl Document {
    /// Wraps text that is already in memory; `source` names it in the checklist.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            source: source.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
        }
    }

    /// Checks that `bytes` are text and wraps them: binary files (a NUL byte) and invalid
    /// UTF-8 are refused with an error naming `source` and the offending offset. HTML (by
    /// `source`'s extension, or by how the text opens) is turned into its visible text; the
    /// checks above are made on the bytes as read.
    pub fn from_bytes(source: impl Into<String>, bytes: Vec<u8>) -> Result<Document> {
        let source = source.into();
        // `contains` is a vectorised memchr; the offset is looked for only when there is one.
        if bytes.contains(&0) {
            let byte = bytes.iter().position(|&b| b == 0).unwrap_or_default();
            return Err(Error::Binary {
                path: PathBuf::from(source),
                byte,
            });
        }
        match String::from_utf8(bytes) {
            Ok(text) if html::has_html_extension(&source) || html::looks_like_html(&text) => {
                let text = html::html_to_text(&text);
                Ok(Document::new(source, text))
            }
            Ok(text) => Ok(Document::new(source, text)),
            Err(e) => Err(Error::InvalidUtf8 {
                path: PathBuf::from(source),
                byte: e.utf8_error().valid_up_to(),
            }),
        }
    }

    /// Reads one input: a file path, or `-` for standard input.
    pub fn read(input: &Input) -> Result<Document> {
        let mut bytes = Vec::new();
        match input {
            Input::Stdin => {
                io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io("-", e))?;
            }
            Input::File { path, .. } => {
                bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
            }
        }
        Document::from_bytes(input.source(), bytes)
    }

    /// The 1-based line on which byte `offset` lies.
    pub fn line_of(&self, offset: usize) -> usize {
        let starts = self.line_starts.get_or_init(|| {
            // `str::find` with a char is a vectorised memchr.
            let mut starts = Vec::with_capacity(self.text.len() / 32);
            let mut from = 0;
            while let Some(p) = self.text[from..].find('\n') {
                from += p + 1;
                starts.push(from);
            }
            starts
        });
        starts.partition_point(|&s| s <= offset) + 1
    }

    /// A reader of line numbers for offsets that mostly go forward, as a document's claims
    /// do, starting at the top of the text.
    pub fn lines(&self) -> LineCursor<'_> {
        self.lines_from(0, 1)
    }

    /// A [`LineCursor`] that starts at byte `offset`, which is on line `line`: for a piece
    /// of a long document whose line is known from the newlines of the pieces before it.
    pub fn lines_from(&self, offset: usize, line: usize) -> LineCursor<'_> {
        LineCursor {
            text: self.text.as_bytes(),
            pos: offset.min(self.text.len()),
            line,
        }
    }
}

/// See [`Document::lines`]. It counts the newlines between the offsets it is asked about,
/// so a document's rows cost a pass over its text in all (vectorised), where a line table
/// cost a pass to build and a cache-missing binary search per row.
#[derive(Debug, Clone)]
pub struct LineCursor<'d> {
    text: &'d [u8],
    /// The offset asked last, and its line.
    pos: usize,
    line: usize,
}

impl LineCursor<'_> {
    /// The 1-based line on which byte `offset` lies, as [`Document::line_of`] gives it.
    pub fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset >= self.pos {
            self.line += count_newlines(&self.text[self.pos..offset]);
        } else {
            self.line -= count_newlines(&self.text[offset..self.pos]);
        }
        self.pos = offset;
        self.line
    }
}

/// The number of `\n` bytes in `bytes`, eight at a time.
///
/// The extractor asks for the newlines between one row and the next, spans of a hundred
/// bytes or so: too short for the compiler's vector loop, whose byte-by-byte tail made the
/// line numbers 2% of a run.
pub fn count_newlines(bytes: &[u8]) -> usize {
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let mut n = 0;
    for word in words.filter_map(<[u8]>::first_chunk::<8>) {
        n += swar::eq_bytes(u64::from_le_bytes(*word), b'\n').count_ones() as usize;
    }
    n + rest.iter().filter(|&&b| b == b'\n').count()
}

/// One article to read, found from the command line's INPUT arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input, named `-`.
    Stdin,
    /// A file on disk.
    File {
        /// The path to open.
        path: PathBuf,
    },
}

impl Input {
    /// The name the checklist's `source` column gives this input.
    pub fn source(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File { path } => path.to_string_lossy().into_owned(),
        }
    }
}

/// File name endings read when a folder is given: plain text, Markdown and HTML articles.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Expands the command line's INPUT arguments into the articles to read, in order.
///
/// `-` is standard input; a file is read whatever its name; a folder is walked recursively for
/// `.txt`, `.md`, `.html` and `.htm` files in sorted path order, so a run over a folder is
/// repeatable. Folders that cannot be listed are returned as errors beside the inputs that
/// were found, so the caller can name them and go on with the rest (the ripgrep policy).
pub fn expand_inputs(args: &[String]) -> (Vec<Input>, Vec<Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    if args.is_empty() {
        inputs.push(Input::Stdin);
    }
    for arg in args {
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            walk(&path, &mut inputs, &mut errors);
        } else {
            // A missing or unreadable file is reported when it is read, in its turn.
            inputs.push(Input::File { path });
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<Error>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(Error::io(dir, e));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => errors.push(Error::io(dir, e)),
        }
    }
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, inputs, errors);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| e.eq_ignore_ascii_case(a)))
        {
            inputs.push(Input::File { path });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_are_counted_in_every_span() {
        // Newlines at every place of a word and past it, beside bytes one off ('\t', '\u{b}')
        // and UTF-8 ("é", "—"), counted over every span as a byte loop counts them.
        let text = "a\n\n\tb\u{b}é\nc—\n\n\n\n\n\n\n\nd\r\nxxxxxxxx\n\ne";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len() {
                let slow = b[start..end].iter().filter(|&&c| c == b'\n').count();
                assert_eq!(count_newlines(&b[start..end]), slow, "{start}..{end}");
            }
        }
    }

    #[test]
    fn lines_are_one_based_and_count_newlines() {
        let d = Document::new("-", "a\nbb\r\n\nc");
        assert_eq!(d.line_of(0), 1);
        assert_eq!(d.line_of(1), 1); // the newline itself ends line 1
        assert_eq!(d.line_of(2), 2);
        assert_eq!(d.line_of(6), 3);
        assert_eq!(d.line_of(7), 4);
    }

    #[test]
    fn line_cursor_agrees_with_line_of_going_forward_back_and_far() {
        let text: String = (0..500).map(|i| "x".repeat(i % 7) + "\n").collect();
        let d = Document::new("-", text);
        let mut cursor = d.lines();
        let offsets = [
            0,
            1,
            5,
            5,
            40,
            39,
            2,
            900,
            901,
            1200,
            3,
            d.text.len(),
            d.text.len() + 9,
        ];
        for offset in offsets {
            assert_eq!(cursor.line_of(offset), d.line_of(offset), "at {offset}");
        }
        let mut from_middle = d.lines_from(901, d.line_of(901));
        assert_eq!(from_middle.line_of(1200), d.line_of(1200));
        assert_eq!(from_middle.line_of(950), d.line_of(950));
    }

    #[test]
    fn nul_byte_is_binary_and_bad_utf8_names_offset() {
        let e = Document::from_bytes("x.bin", b"ab\0c".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.bin: looks like a binary file (NUL byte at offset 2), not text"
        );
        let e = Document::from_bytes("l1.txt", b"caf\xe9 au lait".to_vec()).unwrap_err();
        assert!(matches!(e, Error::InvalidUtf8 { byte: 3, .. }), "{e}");
    }

    #[test]
    fn bom_and_crlf_are_kept_as_read() {
        let d = Document::from_bytes("-", b"\xef\xbb\xbfHi.\r\n".to_vec()).unwrap();
        assert_eq!(d.text.len(), 8);
        assert!(d.text.starts_with('\u{feff}'));
    }

    #[test]
    fn html_by_extension_or_prefix_becomes_its_text() {
        let page = b"<p>Spending rose to &pound;350m.</p><p>Next.</p>".to_vec();
        let d = Document::from_bytes("news/Page.HTM", page.clone()).unwrap();
        assert_eq!(d.source, "news/Page.HTM");
        assert_eq!(d.text, "Spending rose to \u{a3}350m.\n\nNext.");
        // The same bytes under another name are a fragment, not a page: kept as read.
        let d = Document::from_bytes("page.txt", page).unwrap();
        assert!(d.text.starts_with("<p>Spending"));
        let d = Document::from_bytes("-", b"\xef\xbb\xbf\n <!DOCTYPE html><p>a&amp;b".to_vec())
            .unwrap();
        assert_eq!(d.text, "a&b");
        let d = Document::from_bytes("x.md", b"<HTML><body>c<br>d".to_vec()).unwrap();
        assert_eq!(d.text, "c\nd");
    }

    #[test]
    fn html_keeps_the_bad_input_errors() {
        let e = Document::from_bytes("p.html", b"<p>a\0b</p>".to_vec()).unwrap_err();
        assert!(matches!(e, Error::Binary { byte: 4, .. }), "{e}");
        let e = Document::from_bytes("p.html", b"<p>caf\xe9</p>".to_vec()).unwrap_err();
        assert!(matches!(e, Error::InvalidUtf8 { byte: 6, .. }), "{e}");
    }

    #[test]
    fn pound_entity_in_html_is_350_million_pounds_end_to_end() {
        let html = "<!doctype html><html><head><title>Budget</title></head><body>\
                    <p>The scheme&rsquo;s bill was <b>&pound;350m</b> last year.</p></body></html>";
        let doc = Document::from_bytes("-", html.as_bytes().to_vec()).unwrap();
        let rows = crate::Extractor::new().extract_document(&doc);
        let money: Vec<_> = rows.iter().filter(|r| r.unit == "GBP").collect();
        assert_eq!(money.len(), 1, "{rows:#?}");
        assert_eq!(money[0].value, crate::Value::Number(350_000_000.0));
        assert_eq!(money[0].claim, "\u{a3}350m");
        assert_eq!(
            &*money[0].sentence,
            "The scheme\u{2019}s bill was \u{a3}350m last year."
        );
        // Offsets and lines point into the extracted text: "Budget", a blank line, then this.
        assert_eq!(&doc.text[money[0].start..money[0].end], "\u{a3}350m");
        assert_eq!(money[0].line, 3);
    }

    /// Fragments of tag soup; `<title>` and `<textarea>` are left out, as their content is
    /// text even when it looks like a tag ("<title>a <b> c</title>" shows "a <b> c").
    const TAGS: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"a\">",
        "</div>",
        "<b>",
        "</b>",
        "<br>",
        "<br/>",
        "<li>",
        "<a href='x'>",
        "</a>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<template>",
        "</template>",
        "<pre>",
        "</pre>",
        "<head>",
        "</head>",
        "<svg/>",
        "<!--",
        "-->",
        "<!doctype html>",
        "<",
        ">",
        "/",
        "\"",
        "'",
        "=",
        "&",
        ";",
        "&amp;",
        "&pound;",
        "&nbsp;",
        "&#163;",
        "&#x20AC;",
        "&#0;",
        "&bogus;",
        "3 < 5",
        "text",
        "95",
        "%",
        " ",
        "\n",
        "\t",
        "\u{e9}",
        "\u{a3}",
        "\u{2014}",
        "\u{feff}",
    ];

    proptest::proptest! {
        #[test]
        fn any_tag_soup_gives_text_without_recognised_tags(
            parts in proptest::collection::vec(proptest::sample::select(TAGS), 0..40)
        ) {
            let html: String = parts.concat();
            let text = html::html_to_text(&html);
            proptest::prop_assert!(std::str::from_utf8(text.as_bytes()).is_ok());
            // No tag or comment opener of the input survives (a stray `<` may stay, and may
            // end up beside text once a tag between them is gone: "<<b>x" is "<x").
            for tag in TAGS.iter().filter(|t| t.len() > 1 && t.starts_with('<')) {
                proptest::prop_assert!(
                    !text.contains(tag), "{} left in {:?} from {:?}", tag, text, html
                );
            }
            // Outside `<pre>`, whitespace folds and never leads or trails.
            let edged = text.starts_with(|c: char| c.is_ascii_whitespace())
                || text.ends_with(|c: char| c.is_ascii_whitespace());
            proptest::prop_assert!(!edged || html.contains("<pre>"), "edge space in {:?}", text);
        }
    }
}
