//! HTML articles turned into the text a reader sees, so the rest of the pipeline never meets a
//! tag.
//!
//! The markup is read by [html5gum], a WHATWG tokenizer: it decodes every named and numeric
//! character reference the standard knows, and recovers from broken markup ("3 < 5", unclosed
//! tags, an unterminated comment, a quote left open in an attribute) the way browsers do, so
//! there is no tag soup a hand-written scanner could get subtly wrong. It builds no tree; the
//! little structure needed here (which element we are in) is kept below.
//!
//! What is kept: the text of the page, with `<title>` as the first paragraph. What is dropped:
//! tags, comments, the doctype, and the content of `<script>`, `<style>`, `<noscript>`,
//! `<template>` (also `<iframe>`, `<svg>`, `<math>`, `<select>`: fallbacks, drawings and menu
//! options, not prose) and the rest of `<head>`. Block elements (`p`, `div`, `h1`, `li`, `tr`,
//! ...) end a paragraph with a blank line, so the sentence splitter and the speaker tracker
//! see the page's paragraphs; `<br>` is a line break; table cells are parted by a space;
//! inline elements (`a`, `b`, `span`, ...) add nothing, so `<b>95</b>%` stays `95%`. Whitespace runs fold to one space and spaces at the
//! edges of a paragraph go, as a browser shows them, except inside `<pre>`.

use std::convert::Infallible;

use html5gum::Span;
use html5gum::Tokenizer;
use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};

/// True when `text` looks like an HTML page: after a byte order mark and whitespace it opens
/// with `<!doctype html` or `<html` (any case). It looks at the first few bytes only, so
/// plain text pays nothing for it.
pub fn looks_like_html(text: &str) -> bool {
    let rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_whitespace())
        .as_bytes();
    let opens = |prefix: &[u8]| {
        rest.len() >= prefix.len()
            && rest[..prefix.len()].eq_ignore_ascii_case(prefix)
            // `<htmlfoo>` is some other tag; `<html>`, `<html lang=..>` and a bare `<html`
            // at the end are the root element.
            && rest
                .get(prefix.len())
                .is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
    };
    opens(b"<!doctype html") || opens(b"<html")
}

/// True when a file name's extension is `.html` or `.htm`, in any case.
pub fn has_html_extension(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The visible text of an HTML page, paragraphs separated by a blank line (see the module
/// docs for what is kept and dropped). Never panics, whatever the markup.
pub fn html_to_text(html: &str) -> String {
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let mut page = Page {
        out: Text::with_capacity(html.len() / 2),
        skip: Skip::default(),
        tag: Vec::new(),
    };
    // The callback emitter hands over borrowed events (no token, no attribute map is built),
    // and yields nothing to iterate: the page is built as the events come.
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        page.event(event);
        None::<Infallible>
    });
    // Without this, `<script>if (a<b)</script>` would be read as a `<b>` tag: the states are
    // the ones the tree builder would switch to (raw text for script and style, escapable
    // text for title).
    emitter.naively_switch_states(true);
    // Reading a `&str` cannot fail, and the callback yields no token: this just runs it.
    let Ok(()) = Tokenizer::new_with_emitter(html, emitter).finish();
    page.out.finish()
}

/// The state of one page being read: the text so far, what is being skipped, and the name of
/// the start tag being read (acted on when it closes: a tag cut off by the end of the input
/// is no tag, as in a browser).
struct Page {
    out: Text,
    skip: Skip,
    tag: Vec<u8>,
}

impl Page {
    fn event(&mut self, event: CallbackEvent<'_>) {
        let out = &mut self.out;
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag.clear();
                self.tag.extend_from_slice(name);
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                let name = self.tag.as_slice();
                if self.skip.start(name, self_closing) {
                    return;
                }
                match name {
                    b"br" => out.line_break(),
                    b"pre" => {
                        out.block();
                        out.pre += 1;
                        // A newline right after `<pre>` is not part of its content.
                        out.skip_newline = true;
                    }
                    b"td" | b"th" => out.space(),
                    _ if is_block(name) => out.block(),
                    _ => {}
                }
            }
            CallbackEvent::EndTag { name } => {
                if self.skip.end(name) {
                    return;
                }
                match name {
                    b"pre" => {
                        out.pre = out.pre.saturating_sub(1);
                        out.block();
                    }
                    b"td" | b"th" => out.space(),
                    // `</br>` is read as `<br>` by browsers.
                    b"br" => out.line_break(),
                    _ if is_block(name) => out.block(),
                    _ => {}
                }
            }
            CallbackEvent::String { value } => {
                // Text in a head ends it, as in a browser (which moves the text to the body).
                if self.skip.head && self.skip.depth == 0 && !self.skip.title {
                    self.skip.head = value.iter().all(|&b| is_html_space(b));
                }
                if self.skip.active() {
                    return;
                }
                // The input is a `&str` and the tokenizer splits it only at ASCII bytes, so
                // this is valid UTF-8 (`from_utf8` is the fast check; the lossy fallback is
                // there so that nothing can panic).
                match std::str::from_utf8(value) {
                    Ok(text) => out.push(text),
                    Err(_) => out.push(&String::from_utf8_lossy(value)),
                }
            }
            _ => {}
        }
    }
}

/// Elements whose content is not shown: skipped wholesale, by depth.
#[derive(Debug, Default)]
struct Skip {
    /// Open `<script>`, `<style>`, `<noscript>`, `<template>` and the like. The raw-text ones
    /// cannot nest (the tokenizer reads everything up to their end tag as text), `<template>`
    /// can.
    depth: usize,
    /// Inside `<head>`, where only the title is shown. Left at `</head>`, `<body>` or the
    /// first element that cannot be in a head, as a browser leaves it.
    head: bool,
    /// Inside `<title>`: shown, even in the head.
    title: bool,
}

impl Skip {
    /// Notes a start tag; true when it is inside (or starts) skipped content.
    fn start(&mut self, name: &[u8], self_closing: bool) -> bool {
        if self.depth > 0 {
            if is_skipped(name) && (!self_closing || is_raw_text(name)) {
                self.depth += 1;
            }
            return true;
        }
        // `<script/>` still starts raw text (the tokenizer has switched), so it counts; a
        // self-closed `<svg/>` has no content to skip.
        if is_skipped(name) && (!self_closing || is_raw_text(name)) {
            self.depth = 1;
            return true;
        }
        match name {
            b"head" => self.head = true,
            b"title" => self.title = true,
            b"meta" | b"link" | b"base" => {}
            _ => self.head = false,
        }
        false
    }

    /// Notes an end tag; true when it is inside (or ends) skipped content.
    fn end(&mut self, name: &[u8]) -> bool {
        if self.depth > 0 {
            if is_skipped(name) {
                self.depth -= 1;
            }
            return true;
        }
        match name {
            b"head" => self.head = false,
            b"title" => self.title = false,
            _ => {}
        }
        false
    }

    /// True when text met now is not shown.
    fn active(&self) -> bool {
        self.depth > 0 || (self.head && !self.title)
    }
}

/// Elements whose content is dropped.
fn is_skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"noscript"
            | b"template"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"xmp"
            | b"svg"
            | b"math"
            | b"select"
    )
}

/// Skipped elements whose content the tokenizer reads as raw text up to their end tag (see
/// `html5gum::naive_next_state`), so they start skipping even when written self-closed.
fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script" | b"style" | b"noscript" | b"iframe" | b"noembed" | b"xmp"
    )
}

/// Elements that end a paragraph (HTML's block-level and list, table-row elements).
fn is_block(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"div"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"li"
            | b"tr"
            | b"section"
            | b"article"
            | b"blockquote"
            | b"header"
            | b"footer"
            | b"figcaption"
            | b"figure"
            | b"table"
            | b"caption"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"ul"
            | b"ol"
            | b"dl"
            | b"dd"
            | b"dt"
            | b"main"
            | b"nav"
            | b"aside"
            | b"address"
            | b"hr"
            | b"details"
            | b"summary"
            | b"fieldset"
            | b"legend"
            | b"form"
            | b"hgroup"
            | b"title"
            | b"body"
            | b"html"
            | b"head"
    )
}

/// The text being built, with the breaks and spaces owed to it: a break or space is written
/// only when text follows, so none lead or trail and none pile up.
#[derive(Debug)]
struct Text {
    out: String,
    /// Newlines owed before the next text: 1 after `<br>`, 2 (a blank line) after a block.
    newlines: u8,
    /// A folded whitespace run is owed before the next text.
    space: bool,
    /// Depth of open `<pre>` elements, where whitespace is kept.
    pre: usize,
    /// Drop one newline at the start of the next text (the one after `<pre>`).
    skip_newline: bool,
}

impl Text {
    fn with_capacity(capacity: usize) -> Text {
        Text {
            out: String::with_capacity(capacity),
            newlines: 0,
            space: false,
            pre: 0,
            skip_newline: false,
        }
    }

    fn block(&mut self) {
        self.newlines = 2;
        self.space = false;
        self.skip_newline = false;
    }

    fn line_break(&mut self) {
        // Two `<br>` make a blank line, as they look; more add nothing the splitter needs.
        self.newlines = (self.newlines + 1).min(2);
        self.space = false;
    }

    fn space(&mut self) {
        self.space = true;
    }

    /// Writes what is owed before a visible character.
    fn settle(&mut self) {
        if self.out.is_empty() {
            self.newlines = 0;
            self.space = false;
        } else if self.newlines > 0 {
            for _ in 0..self.newlines {
                self.out.push('\n');
            }
            self.newlines = 0;
            self.space = false;
        } else if self.space {
            self.out.push(' ');
            self.space = false;
        }
    }

    fn push(&mut self, s: &str) {
        if self.pre > 0 {
            let mut s = s;
            if std::mem::take(&mut self.skip_newline) {
                s = s.strip_prefix('\n').unwrap_or(s);
            }
            if !s.is_empty() {
                self.settle();
                self.out.push_str(s);
            }
            return;
        }
        // Plain runs are copied whole; whitespace is ASCII, so scanning bytes for it never
        // cuts a character.
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if is_html_space(bytes[i]) {
                self.space = true;
                i += 1;
                continue;
            }
            let end = bytes[i..]
                .iter()
                .position(|&b| is_html_space(b))
                .map_or(bytes.len(), |n| i + n);
            self.settle();
            self.out.push_str(&s[i..end]);
            i = end;
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// HTML's ASCII whitespace, which folds; a no-break space (`&nbsp;`) does not.
fn is_html_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_make_paragraphs_and_br_a_line() {
        let html = "<html><body><h1>Budget  day</h1>\n<p>The chancellor\n   spoke.</p>\
                    <div>Line one<br>line two<br/><br>after a gap</div><ul><li>a</li><li>b</li></ul></body></html>";
        assert_eq!(
            html_to_text(html),
            "Budget day\n\nThe chancellor spoke.\n\nLine one\nline two\n\nafter a gap\n\na\n\nb"
        );
    }

    #[test]
    fn script_style_comments_noscript_template_and_head_are_dropped_title_kept() {
        let html = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Tax &amp; spend</title>\
                    <style>p { color: red } a<b {}</style><script>if (a<b && c>d) { x = \"<p>\" }</script>\
                    <link rel=stylesheet href=x.css></head><body><!-- hidden 99% -->\
                    <noscript>Enable JS 50%</noscript><template><p>tpl 7%</p></template>\
                    <p>Shown 12%.</p></body></html>";
        assert_eq!(html_to_text(html), "Tax & spend\n\nShown 12%.");
    }

    #[test]
    fn character_references_are_decoded() {
        let html = "<p>&pound;350m &amp; &lt;5 &gt;3 &quot;q&quot; &apos;a&apos; 1&nbsp;000 \
                    &euro;2 &yen;3 5&cent; a&mdash;b 1&ndash;2 &lsquo;x&rsquo; &ldquo;y&rdquo;\
                    &hellip; 20&deg; &frac12; &frac14; &frac34; 2&times;3 &copy; &#163;1 &#x20AC;2</p>";
        assert_eq!(
            html_to_text(html),
            "£350m & <5 >3 \"q\" 'a' 1\u{a0}000 €2 ¥3 5¢ a—b 1–2 ‘x’ “y”… 20° ½ ¼ ¾ 2×3 © £1 €2"
        );
    }

    #[test]
    fn inline_tags_leave_text_in_place() {
        assert_eq!(
            html_to_text(
                "<p>Up <b>95</b>% on <a href='x'>last <em>year</em></a>, <span>said</span> <strong>he</strong>.</p>"
            ),
            "Up 95% on last year, said he."
        );
    }

    #[test]
    fn pre_keeps_whitespace() {
        assert_eq!(
            html_to_text("<p>Before</p><pre>\n  a   b\n    c</pre><p>after   it</p>"),
            "Before\n\n  a   b\n    c\n\nafter it"
        );
    }

    #[test]
    fn stray_less_than_is_text() {
        assert_eq!(html_to_text("<p>3 < 5 and 2 <= 4</p>"), "3 < 5 and 2 <= 4");
        assert_eq!(html_to_text("<p>a < </p>"), "a <");
        assert_eq!(html_to_text("x <"), "x <");
    }

    #[test]
    fn malformed_markup_never_panics() {
        let huge = format!("<p title=\"{}\">after</p><p>next</p>", "x".repeat(1 << 20));
        assert_eq!(html_to_text(&huge), "after\n\nnext");
        assert_eq!(html_to_text("<p>open <b>bold <i>both"), "open bold both");
        assert_eq!(html_to_text("<p>before<!-- never closed <p>x"), "before");
        assert_eq!(
            html_to_text("<p>kept</p><p class=\"unterminated>lost"),
            "kept"
        );
        assert_eq!(html_to_text("<script>never closed"), "");
        assert_eq!(html_to_text("</p></div></li>text</b>"), "text");
        assert_eq!(
            html_to_text("<<<>>>&&&;;&#;&#x;&#99999999;"),
            "<<<>>>&&&;;&#;&#x;\u{fffd}"
        );
        assert_eq!(html_to_text(""), "");
    }

    #[test]
    fn head_without_end_tag_ends_at_the_first_body_element() {
        assert_eq!(
            html_to_text("<html><head><title>T</title><meta x><p>Body 3%</p>"),
            "T\n\nBody 3%"
        );
    }

    #[test]
    fn text_in_a_head_ends_it_and_table_cells_are_spaced() {
        assert_eq!(
            html_to_text("<head><title>T</title>Stray 5%<p>Body</p>"),
            "T\n\nStray 5%\n\nBody"
        );
        assert_eq!(
            html_to_text(
                "<table><tr><th>Year</th><th>Rate</th></tr><tr><td>2024</td><td>3.1%</td></tr></table>after"
            ),
            "Year Rate\n\n2024 3.1%\n\nafter"
        );
        assert_eq!(html_to_text("a</br>b<wbr>c<img alt=x>d"), "a\nbcd");
    }

    #[test]
    fn detection_by_prefix_and_extension() {
        assert!(looks_like_html("<!DOCTYPE html>\n<p>x"));
        assert!(looks_like_html("\u{feff}  \n<!doctype HTML PUBLIC"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(looks_like_html("<html>"));
        assert!(!looks_like_html("<htmlish>"));
        assert!(!looks_like_html("The <html> tag"));
        assert!(!looks_like_html("<p>a fragment</p>"));
        assert!(!looks_like_html(""));
        assert!(has_html_extension("a/b/page.HTML"));
        assert!(has_html_extension("page.htm"));
        assert!(!has_html_extension("page.html.txt"));
        assert!(!has_html_extension("html"));
    }
}
