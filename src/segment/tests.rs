//! The splitter's rules, each proved on sentences of our own, plus the seed article, the line
//! layouts (one paragraph per line, hard-wrapped wire copy, CRLF, BOM), the length cap and a
//! property-style run over generated text.

use super::*;

fn split(text: &str) -> Vec<&str> {
    split_sentences(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

fn paragraphs(text: &str) -> Vec<bool> {
    split_sentences(text)
        .iter()
        .map(|s| s.new_paragraph)
        .collect()
}

/// One rule, the texts that prove it and the sentences each must give.
struct Example {
    rule: &'static str,
    text: &'static str,
    sentences: &'static [&'static str],
}

const EXAMPLES: &[Example] = &[
    Example {
        rule: "full stop, question and exclamation marks",
        text: "The vote passed. Was turnout low? Nobody knows!",
        sentences: &["The vote passed.", "Was turnout low?", "Nobody knows!"],
    },
    Example {
        rule: "titles never end a sentence",
        text: "Gen. Ana Ruiz met Sen. Tom Hale and Mrs. Ada Obi at St. Luke's Hospital.",
        sentences: &["Gen. Ana Ruiz met Sen. Tom Hale and Mrs. Ada Obi at St. Luke's Hospital."],
    },
    Example {
        rule: "titles: Dr., Gov., Rep., Prof., Mt. and vs.",
        text: "Dr. Lee and Gov. Park backed Rep. Diaz, not Prof. Wu, in the Mt. Hood vs. Mt. Baker row.",
        sentences: &[
            "Dr. Lee and Gov. Park backed Rep. Diaz, not Prof. Wu, in the Mt. Hood vs. Mt. Baker row.",
        ],
    },
    Example {
        rule: "company abbreviations end a sentence only before a sentence opener",
        text: "Shares in Fenwick Corp. fell 4%. Orbit Co. Ltd. sold its stake to Harlow Inc. The deal closed on Friday.",
        sentences: &[
            "Shares in Fenwick Corp. fell 4%.",
            "Orbit Co. Ltd. sold its stake to Harlow Inc.",
            "The deal closed on Friday.",
        ],
    },
    Example {
        rule: "country initialisms: U.S., U.K., U.N.",
        text: "The U.S. Treasury and the U.K. government asked the U.N. for help. Aid went to the U.S. But it came late.",
        sentences: &[
            "The U.S. Treasury and the U.K. government asked the U.N. for help.",
            "Aid went to the U.S.",
            "But it came late.",
        ],
    },
    Example {
        rule: "numbers after No., p. and months",
        text: "The bill, No. 14, was on p. 9 of the Sept. 30 report and passed on Nov. 3. It then went to the Senate.",
        sentences: &[
            "The bill, No. 14, was on p. 9 of the Sept. 30 report and passed on Nov. 3.",
            "It then went to the Senate.",
        ],
    },
    Example {
        rule: "Jan., Feb. and a month ending a sentence",
        text: "Sales fell in Jan. and Feb. before rising. Prices peaked in Feb. The next month they fell.",
        sentences: &[
            "Sales fell in Jan. and Feb. before rising.",
            "Prices peaked in Feb.",
            "The next month they fell.",
        ],
    },
    Example {
        rule: "a.m. and p.m. before days, zones and new sentences",
        text: "Polls open at 7 a.m. Tuesday and close at 9 p.m. EST. Counting starts at 10 p.m. Results follow at dawn.",
        sentences: &[
            "Polls open at 7 a.m. Tuesday and close at 9 p.m. EST.",
            "Counting starts at 10 p.m.",
            "Results follow at dawn.",
        ],
    },
    Example {
        rule: "an initialism before a capitalised verb or an ALL-CAPS word goes on",
        text: "The U.S. Has agreed. U.S. TO SELL BONDS. It sold them in the U.K. And Japan.",
        sentences: &[
            "The U.S. Has agreed.",
            "U.S. TO SELL BONDS.",
            "It sold them in the U.K. And Japan.",
        ],
    },
    Example {
        rule: "plural titles",
        text: "Sens. Ana Ruiz and Tom Hale voted no. Reps. Lee and Park abstained.",
        sentences: &[
            "Sens. Ana Ruiz and Tom Hale voted no.",
            "Reps. Lee and Park abstained.",
        ],
    },
    Example {
        rule: "e.g., i.e. and etc.",
        text: "Bring tools, e.g. a saw, i.e. something sharp, nails etc. and glue. We start at noon.",
        sentences: &[
            "Bring tools, e.g. a saw, i.e. something sharp, nails etc. and glue.",
            "We start at noon.",
        ],
    },
    Example {
        rule: "initials",
        text: "The report by Maria T. Lopez and R.J. Whitfield cites J. Edgar Hoover. It was long.",
        sentences: &[
            "The report by Maria T. Lopez and R.J. Whitfield cites J. Edgar Hoover.",
            "It was long.",
        ],
    },
    Example {
        rule: "a single capital ends a sentence before an opener",
        text: "The tie-break went to team B. They won the cup.",
        sentences: &["The tie-break went to team B.", "They won the cup."],
    },
    Example {
        rule: "decimals and money",
        text: "Profit rose to $2.45bn, or 3.7 mln dlrs a day, from £900.50m. Costs were $300.00. They fell.",
        sentences: &[
            "Profit rose to $2.45bn, or 3.7 mln dlrs a day, from £900.50m.",
            "Costs were $300.00.",
            "They fell.",
        ],
    },
    Example {
        rule: "ellipses",
        text: "We waited... Then it rained. It was ... well, odd. She paused . . . and went on. Stop … Now.",
        sentences: &[
            "We waited...",
            "Then it rained.",
            "It was ... well, odd.",
            "She paused . . . and went on.",
            "Stop …",
            "Now.",
        ],
    },
    Example {
        rule: "an ellipsis between sentences stays with the next one",
        text: "“He had no plan. ... He never did.” Wire items...Prices rose.",
        sentences: &[
            "“He had no plan.",
            "... He never did.”",
            "Wire items...",
            "Prices rose.",
        ],
    },
    Example {
        rule: "an ellipsis inside brackets",
        text: "The cast (Ana, Tom... ) won. Ellipses (...) vary.",
        sentences: &["The cast (Ana, Tom... ) won.", "Ellipses (...) vary."],
    },
    Example {
        rule: "an omission mark inside a quotation",
        text: "\"The plan [...] was sound [...]\" (Report, p. 4).",
        sentences: &["\"The plan [...] was sound [...]\" (Report, p. 4)."],
    },
    Example {
        rule: "closing quotes and brackets stay with the sentence",
        text: "“We will win.” She smiled. (It was late.) Nobody left. ‘Go home.’ He did. \"Stay.\" he said.",
        sentences: &[
            "“We will win.”",
            "She smiled.",
            "(It was late.)",
            "Nobody left.",
            "‘Go home.’",
            "He did.",
            "\"Stay.\" he said.",
        ],
    },
    Example {
        rule: "a bracket or quotation followed by lowercase goes on",
        text: "He cited the study (published in May.) and said “It is done.” before leaving.",
        sentences: &[
            "He cited the study (published in May.) and said “It is done.” before leaving.",
        ],
    },
    Example {
        rule: "! and ? runs; Yahoo! inside a sentence",
        text: "Really?! Yes!! He left Yahoo! in June. Why?? Nobody said.",
        sentences: &[
            "Really?!",
            "Yes!!",
            "He left Yahoo! in June.",
            "Why??",
            "Nobody said.",
        ],
    },
    Example {
        rule: "numbered list without full stops",
        text: "1. Buy bonds 2. Sell gold 3. Hold cash",
        sentences: &["1. Buy bonds", "2. Sell gold", "3. Hold cash"],
    },
    Example {
        rule: "lists with parentheses, letters and roman numerals",
        text: "a) red paint b) blue paint c) white paint",
        sentences: &["a) red paint", "b) blue paint", "c) white paint"],
    },
    Example {
        rule: "lists with roman numerals",
        text: "(i) small tins (ii) large tins (iii) drums",
        sentences: &["(i) small tins", "(ii) large tins", "(iii) drums"],
    },
    Example {
        rule: "bulleted list and list items ending in full stops",
        text: "• 4. Cut costs. • 5. Raise prices. 6. Wait.",
        sentences: &["• 4. Cut costs.", "• 5. Raise prices.", "6. Wait."],
    },
    Example {
        rule: "a number out of sequence is not a list item",
        text: "1. Growth reached 2. 5 percent was forecast.",
        sentences: &["1. Growth reached 2.", "5 percent was forecast."],
    },
    Example {
        rule: "missing space after a full stop",
        text: "Rates fell.Markets rallied on 1,200.Traders cheered.",
        sentences: &[
            "Rates fell.",
            "Markets rallied on 1,200.",
            "Traders cheered.",
        ],
    },
    Example {
        rule: "no split inside an abbreviation glued to the next word",
        text: "Officials said the U.S.is ready and the E.U.has agreed.",
        sentences: &["Officials said the U.S.is ready and the E.U.has agreed."],
    },
    Example {
        rule: "e-mail addresses and web addresses",
        text: "Write to press.desk@example.org. See https://example.org/a.B/c.html. Or visit www.example.Net today.",
        sentences: &[
            "Write to press.desk@example.org.",
            "See https://example.org/a.B/c.html.",
            "Or visit www.example.Net today.",
        ],
    },
    Example {
        rule: "footnote marks after the full stop",
        text: "The tax was repealed.[4] Revenue fell (see above).2 Nobody objected.",
        sentences: &[
            "The tax was repealed.[4]",
            "Revenue fell (see above).2",
            "Nobody objected.",
        ],
    },
    Example {
        rule: "a sentence may open with a lowercase brand",
        text: "Apple cut prices. iPhone sales rose.",
        sentences: &["Apple cut prices.", "iPhone sales rose."],
    },
    Example {
        rule: "full-width marks need no space",
        text: "Prices rose．Wages fell。Why？",
        sentences: &["Prices rose．", "Wages fell。", "Why？"],
    },
    Example {
        rule: "a headline without a full stop is its own sentence",
        text: "Markets slide as rates rise\nStocks fell on Monday. Bonds rallied.",
        sentences: &[
            "Markets slide as rates rise",
            "Stocks fell on Monday.",
            "Bonds rallied.",
        ],
    },
    Example {
        rule: "a stray line break before lowercase text that ends a sentence",
        text: "The board met late\nin the evening to vote.\nIt agreed.",
        sentences: &["The board met late\nin the evening to vote.", "It agreed."],
    },
    Example {
        rule: "lowercase lines without full stops are items",
        text: "apples\npears and plums\ncherries\n",
        sentences: &["apples", "pears and plums", "cherries"],
    },
    Example {
        rule: "a blank line ends a sentence",
        text: "Results by region\n\nThe north grew fastest\n\nThe south lagged.",
        sentences: &[
            "Results by region",
            "The north grew fastest",
            "The south lagged.",
        ],
    },
];

#[test]
fn every_rule_gives_its_sentences() {
    let mut failures = Vec::new();
    for ex in EXAMPLES {
        let got = split(ex.text);
        if got != ex.sentences {
            failures.push(format!(
                "{}:\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
                ex.rule, ex.text, ex.sentences, got
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn empty_and_blank_text_has_no_sentences() {
    assert!(split_sentences("").is_empty());
    assert!(split_sentences(" \n\r\n\t \u{feff}\u{a0}").is_empty());
}

const SEED: &str = include_str!("../../samples/obama-hollande-isis.txt");

#[test]
fn seed_headline_is_its_own_sentence() {
    let sentences = split_sentences(SEED);
    let first = sentences[0];
    assert_eq!((first.start, first.end), (0, 46));
    assert_eq!(
        &SEED[first.start..first.end],
        "Obama, Hollande pledge solidarity against ISIS"
    );
    assert!(first.new_paragraph);
    let second = sentences[1];
    assert_eq!(second.start, 47);
    assert!(SEED[second.start..].starts_with("He is to meet German Chancellor"));
    assert!(
        second.new_paragraph,
        "the line after the headline opens a paragraph"
    );
}

#[test]
fn seed_us_is_sentence_is_whole() {
    let start = SEED
        .find("The White House has been standing firm")
        .expect("seed text");
    let end = SEED.find("95% in Syria.").expect("seed text") + "95% in Syria.".len();
    // Checked by hand against the file: line 17, bytes 2775..2944.
    assert_eq!((start, end), (2775, 2944));
    let s = split_sentences(SEED)
        .into_iter()
        .find(|s| SEED[s.start..s.end].contains("the U.S.is already carrying"))
        .expect("a sentence holds the U.S.is phrase");
    assert_eq!((s.start, s.end), (2775, 2944));
    assert!(s.new_paragraph);
}

#[test]
fn seed_every_line_is_a_paragraph() {
    let sentences = split_sentences(SEED);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(SEED.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < SEED.len())
        .collect();
    for s in &sentences {
        assert_eq!(
            s.new_paragraph,
            line_starts.contains(&s.start),
            "{:?}",
            &SEED[s.start..s.end]
        );
    }
    // 18 lines; the fifth holds three sentences ("... coordination between the two
    // countries." “That is obvious.” “They were ... Latakia”.").
    assert_eq!(line_starts.len(), 18);
    assert_eq!(sentences.len(), 20);
}

/// Our own wire story, wrapped at about 65 columns the way 1987 wire copy is: an ALL-CAPS
/// title, a blank line, paragraphs opened by four spaces of indentation, a sign-off.
const WIRE: &str = "\
GLOBEX SHIPPING SEES HIGHER 1988 FREIGHT RATES

Globex Shipping Co said it expects freight rates on its main
Atlantic routes to rise by about 12 pct next year as demand from
European importers recovers and older vessels are scrapped.
    The company, which operates 41 bulk carriers, said its U.S.
Gulf terminals handled 3.2 mln tonnes in the first nine months,
up from 2.9 mln a year earlier. Its shares rose 50 cts. Analysts
welcomed the forecast.
    Chairman Peter Lindqvist told Reuters the group would not
need new capital before the end of 1988.
 Reuter
";

#[test]
fn wrapped_text_is_detected() {
    assert!(detect_wrapped(WIRE.as_bytes()));
    assert!(!detect_wrapped(SEED.as_bytes()));
    assert!(!detect_wrapped(b"apples\npears\nplums\nfigs\n"));
}

#[test]
fn wrapped_lines_join_and_indentation_opens_paragraphs() {
    let got: Vec<String> = split(WIRE)
        .iter()
        .map(|s| crate::claim::fold_whitespace(s))
        .collect();
    assert_eq!(
        got,
        [
            "GLOBEX SHIPPING SEES HIGHER 1988 FREIGHT RATES",
            "Globex Shipping Co said it expects freight rates on its main Atlantic routes to rise by about 12 pct next year as demand from European importers recovers and older vessels are scrapped.",
            "The company, which operates 41 bulk carriers, said its U.S. Gulf terminals handled 3.2 mln tonnes in the first nine months, up from 2.9 mln a year earlier.",
            "Its shares rose 50 cts.",
            "Analysts welcomed the forecast.",
            "Chairman Peter Lindqvist told Reuters the group would not need new capital before the end of 1988.",
            "Reuter",
        ]
    );
    assert_eq!(
        paragraphs(WIRE),
        [true, true, true, false, false, true, true]
    );
}

#[test]
fn a_wrapped_title_without_blank_line_is_its_own_sentence() {
    let text = WIRE.replacen("RATES\n\n", "RATES\n", 1);
    let got = split(&text);
    assert_eq!(got[0], "GLOBEX SHIPPING SEES HIGHER 1988 FREIGHT RATES");
    assert!(got[1].starts_with("Globex Shipping Co said"));
    assert_eq!(paragraphs(&text)[..2], [true, true]);
}

#[test]
fn crlf_and_bom_are_whitespace_and_offsets_count_their_bytes() {
    let text = "\u{feff}Rates rise\r\nThe Fed met. It acted.\r\n\r\nMarkets fell.\r\n";
    let got: Vec<(usize, usize, bool)> = split_sentences(text)
        .iter()
        .map(|s| (s.start, s.end, s.new_paragraph))
        .collect();
    // BOM: bytes 0..3; "Rates rise" 3..13; CRLF; "The Fed met." 15..27; "It acted." 28..37;
    // two CRLF; "Markets fell." 41..54.
    assert_eq!(
        got,
        [
            (3, 13, true),
            (15, 27, true),
            (28, 37, false),
            (41, 54, true)
        ]
    );
}

#[test]
fn a_trailing_space_before_crlf_marks_a_flowed_line() {
    let text = "Voters who wish to register should bring a passport \r\n(or a driving licence).";
    assert_eq!(split(text), [text]);
    assert_eq!(
        split("Rates rise\r\n(Updated)"),
        ["Rates rise", "(Updated)"]
    );
}

#[test]
fn paragraph_flags_follow_blank_lines_and_line_starts() {
    let text = "Talks resume\n\nBoth sides met. They spoke.\nA deal is near.";
    assert_eq!(split(text).len(), 4);
    assert_eq!(paragraphs(text), [true, true, false, true]);
}

#[test]
fn long_runs_are_cut_at_whitespace_under_the_cap() {
    let text = "word ".repeat(1000);
    let got = split_sentences(&text);
    assert_eq!(got.len(), 3);
    for s in &got {
        assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
        assert!(text[s.start..s.end].ends_with("word"));
    }
    assert_eq!(got[0].start, 0);
    assert_eq!(got[2].end, text.len() - 1);
    assert!(got[0].new_paragraph && !got[1].new_paragraph);
}

#[test]
fn long_runs_without_whitespace_are_cut_on_char_boundaries() {
    let text = "é".repeat(2500); // 5,000 bytes, no whitespace
    let got = split_sentences(&text);
    assert_eq!(
        got.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(),
        [(0, 2000), (2000, 4000), (4000, 5000)]
    );
    // "€" is 3 bytes: after "x" they start at 1, 4, ..., 1999 = 1 + 3 * 666, so the cap
    // (2000) falls inside one and the cut moves back to 1999.
    let text = format!("x{}", "€".repeat(1000));
    let got = split_sentences(&text);
    assert_eq!(got[0].end, 1999);
    assert!(text.is_char_boundary(got[0].end));
}

/// A tiny deterministic generator (xorshift), so the property test needs no new crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Pieces that trip splitters: marks, closers, abbreviations, list markers, line ends,
/// multi-byte characters, a BOM.
const PIECES: &[&str] = &[
    " ", " ", "\n", "\r\n", "\r", "\n\n", "    ", "\t", ".", ".", "!", "?", "...", "…", ". . .",
    "\"", "'", "“", "”", "’", "(", ")", "[", "]", "[1]", "Mr.", "U.S.", "a.m.", "No.", "Inc.",
    "e.g.", "1.", "2)", "(iv)", "b.", "•", "⁃", "The", "it", "said", "Word", "x", "5.93", "$", "£",
    "€", "—", "é", "\u{feff}", "\u{a0}", "．", "。", "？", "@", "://", "www.", "Yahoo!", "ABC",
    "\u{2029}", "-", "*",
];

#[test]
fn generated_text_never_panics_and_sentences_are_well_formed() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..4000 {
        let n = (rng.next() % 80) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
        }
        check_well_formed(&text, round);
    }
    // Long texts, so the length cap cuts through marks, quotes and multi-byte characters.
    for round in 0..100 {
        let n = 400 + (rng.next() % 1500) as usize;
        let mut text = String::new();
        for _ in 0..n {
            let piece = PIECES[(rng.next() % PIECES.len() as u64) as usize];
            // Mostly no whitespace: runs longer than the cap.
            if !piece.chars().all(is_space_char) || rng.next() % 8 == 0 {
                text.push_str(piece);
            }
        }
        check_well_formed(&text, round);
    }
    // Random bytes made valid UTF-8.
    for round in 0..2000 {
        let n = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check_well_formed(&String::from_utf8_lossy(&bytes), round);
    }
}

fn check_well_formed(text: &str, round: usize) {
    let sentences = split_sentences(text);
    let mut covered_to = 0;
    for s in &sentences {
        let ctx = || format!("round {round}, {s:?} in {text:?}");
        assert!(
            s.start >= covered_to && s.start < s.end && s.end <= text.len(),
            "{}",
            ctx()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{}",
            ctx()
        );
        assert!(s.end - s.start <= MAX_SENTENCE_BYTES, "{}", ctx());
        let piece = &text[s.start..s.end];
        assert_eq!(
            piece.trim_matches(is_space_char),
            piece,
            "untrimmed: {}",
            ctx()
        );
        let gap = &text[covered_to..s.start];
        assert!(
            gap.chars().all(is_space_char),
            "skipped text {gap:?}: {}",
            ctx()
        );
        covered_to = s.end;
    }
    assert!(
        text[covered_to..].chars().all(is_space_char),
        "round {round}: text after the last sentence in {text:?}"
    );
    assert_eq!(
        sentences.first().map(|s| s.new_paragraph),
        (!sentences.is_empty()).then_some(true)
    );
}

#[test]
fn word_at_a_time_skip_never_passes_a_byte_the_scanner_needs() {
    let naive = |b: &[u8], mut i: usize| {
        while i < b.len() && !INTERESTING[b[i] as usize] {
            i += 1;
        }
        i
    };
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let alphabet = b"abc XYZ,;:'\"0123456789.!?\n\r)(\xe2\x80\xa6\xc3\xa9\xef\xbc";
    for _ in 0..2000 {
        let n = (rng.next() % 40) as usize;
        let bytes: Vec<u8> = (0..n)
            .map(|_| {
                if rng.next() % 4 == 0 {
                    alphabet[(rng.next() % alphabet.len() as u64) as usize]
                } else {
                    b'a' + (rng.next() % 26) as u8
                }
            })
            .collect();
        for i in 0..=n + 1 {
            // It may stop early at any non-ASCII byte (the caller steps over it), never late.
            let stop = skip_plain(&bytes, i);
            assert!(stop >= i && stop <= naive(&bytes, i), "{bytes:?} from {i}");
            assert!(stop >= n || bytes[stop] >= 0x80 || INTERESTING[bytes[stop] as usize]);
        }
    }
}

#[test]
fn pieces_start_after_blank_lines_and_split_as_the_whole() {
    let text = "HEADLINE ONE\n\nShares rose 5 pct, the\ncompany said. It was\nthe first rise.\n    Mr. Smith\nsaid so.\n \nSECOND\n\nThe U.S. is set. \"Yes,\" he said.\r\n\r\nDone";
    let pieces = paragraph_pieces(text, 1);
    assert_eq!(pieces.first().map(|p| p.start), Some(0));
    assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
    for pair in pieces.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        assert!(
            text[..pair[1].start]
                .trim_end_matches([' ', '\t', '\r'])
                .ends_with('\n')
        );
    }
    assert!(pieces.len() >= 4, "{pieces:?}");
    for size in [1, 10, 40, 1000] {
        let wrapped = is_wrapped(text);
        let joined: Vec<Sentence> = paragraph_pieces(text, size)
            .into_iter()
            .flat_map(|p| split_range(text, p, wrapped))
            .collect();
        assert_eq!(joined, split_sentences(text), "size {size}");
    }
    assert_eq!(paragraph_pieces("", 10), vec![0..0]);
    assert_eq!(paragraph_pieces("no blank line\nat all", 1), vec![0..20]);
}

#[test]
fn utf8_chars_counts_characters_of_every_span() {
    let text = "ab é—“q”\u{10348}xxxxxxxxé€ 日本語 and plain ASCII to the end";
    let b = text.as_bytes();
    for start in 0..b.len() {
        for end in start..=b.len() {
            let slow = b[start..end].iter().filter(|&&c| c & 0xC0 != 0x80).count();
            assert_eq!(utf8_chars(&b[start..end]), slow, "{start}..{end}");
        }
    }
    assert_eq!(utf8_chars(text.as_bytes()), text.chars().count());
}
