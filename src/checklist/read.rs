//! A strict RFC 4180 reader for checklists.
//!
//! Stricter than the `csv` crate on purpose: a checklist that is not clean CSV (an unclosed
//! quote, a stray quote inside an unquoted field, text after a closing quote) is refused with
//! its line rather than read in some lenient way and written back changed. Records may end in
//! LF, CRLF or CR (spreadsheets save either); empty lines are skipped.

/// One record: its cells as written in the file (not yet unescaped) and the line it starts on.
#[derive(Debug)]
pub(crate) struct Record {
    pub(crate) cells: Vec<String>,
    pub(crate) line: u64,
}

/// What is wrong, and on which line.
#[derive(Debug)]
pub(crate) struct SyntaxError {
    pub(crate) line: u64,
    pub(crate) reason: &'static str,
}

/// Splits `text` into records.
pub(crate) fn records(text: &str) -> Result<Vec<Record>, SyntaxError> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line: u64 = 1;
    while i < bytes.len() {
        // An empty line holds no record.
        match bytes.get(i) {
            Some(b'\n') => {
                i += 1;
                line += 1;
                continue;
            }
            Some(b'\r') => {
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                line += 1;
                continue;
            }
            _ => {}
        }
        let start_line = line;
        let mut cells = Vec::new();
        loop {
            // One field starting at i.
            if bytes.get(i) == Some(&b'"') {
                let quote_line = line;
                let mut cell = String::new();
                i += 1;
                let mut from = i;
                loop {
                    match bytes.get(i) {
                        None => {
                            return Err(SyntaxError {
                                line: quote_line,
                                reason: "a quoted field is never closed (a \" is missing)",
                            });
                        }
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                            // `from..=i` ends at an ASCII quote: a char boundary.
                            cell.push_str(&text[from..=i]);
                            i += 2;
                            from = i;
                        }
                        Some(b'"') => {
                            cell.push_str(&text[from..i]);
                            i += 1;
                            break;
                        }
                        Some(b'\n') => {
                            line += 1;
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                match bytes.get(i) {
                    None | Some(b',' | b'\n' | b'\r') => {}
                    Some(_) => {
                        return Err(SyntaxError {
                            line,
                            reason: "text after the closing quote of a field (a quote inside a field must be doubled)",
                        });
                    }
                }
                cells.push(cell);
            } else {
                let from = i;
                loop {
                    match bytes.get(i) {
                        None | Some(b',' | b'\n' | b'\r') => break,
                        Some(b'"') => {
                            return Err(SyntaxError {
                                line,
                                reason: "a quote inside a field that does not start with one (such a field must be quoted and its quotes doubled)",
                            });
                        }
                        Some(_) => i += 1,
                    }
                }
                // `from` and `i` sit on ASCII bytes or the ends: char boundaries.
                cells.push(text[from..i].to_string());
            }
            match bytes.get(i) {
                Some(b',') => i += 1,
                Some(b'\n') => {
                    i += 1;
                    line += 1;
                    break;
                }
                Some(b'\r') => {
                    i += if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    line += 1;
                    break;
                }
                _ => break,
            }
        }
        out.push(Record {
            cells,
            line: start_line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        records(text)
            .unwrap()
            .into_iter()
            .map(|r| r.cells)
            .collect()
    }

    #[test]
    fn reads_rfc4180() {
        assert_eq!(
            cells("a,b\r\n\"x,\"\"y\"\"\nz\",\n\n€,\"\"\rlast,"),
            vec![
                vec!["a", "b"],
                vec!["x,\"y\"\nz", ""],
                vec!["€", ""],
                vec!["last", ""]
            ]
        );
        let lines: Vec<u64> = records("a\n\"b\nc\"\n\nd")
            .unwrap()
            .iter()
            .map(|r| r.line)
            .collect();
        assert_eq!(lines, [1, 2, 5]);
        assert_eq!(cells(",\n"), vec![vec!["", ""]]);
    }

    #[test]
    fn refuses_what_is_not_csv() {
        for (text, line) in [
            ("a,b\n\"open,b\n", 2),
            ("a,b\nx\"y,b\n", 2),
            ("a,b\n\"x\"y,b\n", 2),
            ("a\n\"a\nb\"c\n", 3),
        ] {
            let e = records(text).unwrap_err();
            assert_eq!(e.line, line, "{text:?}: {}", e.reason);
        }
    }
}
