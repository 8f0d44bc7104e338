//! `claimsift sentences`: one sentence per line or JSON Lines with byte offsets into the input
//! exactly as read (a BOM and CRLF line ends included).

use crate::util::{Dir, repo_file, run_expect, run_ok};

/// A BOM, CRLF line ends, a headline without a full stop, a decimal, a blank line and a line
/// break inside a sentence. Offsets checked by hand: the BOM is bytes 0..3, "Rates rise" 3..13,
/// CRLF 13..15, "The Fed met on Tuesday." 15..38, "It raised rates by 0.25 points." 39..70,
/// two CRLF 70..74, "Markets fell\r\nsharply in late trading." 74..112, CRLF 112..114.
const INPUT: &[u8] = b"\xef\xbb\xbfRates rise\r\nThe Fed met on Tuesday. It raised rates by 0.25 points.\r\n\r\nMarkets fell\r\nsharply in late trading.\r\n";

#[test]
fn text_format_prints_one_folded_sentence_per_line() {
    let dir = Dir::new("sentences-text");
    dir.write("rates.txt", INPUT);
    let out = run_ok(&mut dir.cmd(&["sentences", "rates.txt"]));
    eqnice!(
        "Rates rise\n\
         The Fed met on Tuesday.\n\
         It raised rates by 0.25 points.\n\
         Markets fell sharply in late trading.\n",
        out
    );
}

#[test]
fn jsonl_gives_byte_offsets_into_the_input_as_read() {
    let dir = Dir::new("sentences-jsonl");
    let out = run_expect(
        &mut dir.cmd(&["sentences", "--format", "jsonl"]),
        Some(INPUT),
        0,
    );
    let out = String::from_utf8(out.stdout).expect("UTF-8 output");
    eqnice!(
        concat!(
            r#"{"start":3,"end":13,"text":"Rates rise"}"#,
            "\n",
            r#"{"start":15,"end":38,"text":"The Fed met on Tuesday."}"#,
            "\n",
            r#"{"start":39,"end":70,"text":"It raised rates by 0.25 points."}"#,
            "\n",
            r#"{"start":74,"end":112,"text":"Markets fell\r\nsharply in late trading."}"#,
            "\n",
        ),
        out
    );
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object");
        let (start, end) = (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
        assert_eq!(
            &INPUT[start as usize..end as usize],
            v["text"].as_str().unwrap().as_bytes()
        );
    }
}

#[test]
fn seed_headline_and_us_is_sentence() {
    let dir = Dir::new("sentences-seed");
    let seed = repo_file("samples/obama-hollande-isis.txt");
    let out = run_ok(&mut dir.cmd(&["sentences", seed.to_str().unwrap()]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Obama, Hollande pledge solidarity against ISIS");
    assert!(lines.contains(
        &"The White House has been standing firm, saying the U.S.is already carrying most of the \
          weight: conducting two-thirds of airstrikes against targets in Iraq, 95% in Syria."
    ));
    assert_eq!(lines.len(), 20);
}

#[test]
fn hard_wrapped_wire_copy_reads_as_whole_sentences() {
    let dir = Dir::new("sentences-wrapped");
    dir.write(
        "wire.txt",
        "TIN OUTPUT FALLS IN THIRD QUARTER\n\
         \n\
         Tin output from the country's main mines fell to 4,120\n\
         tonnes in the third quarter from 4,380 tonnes a year earlier,\n\
         the mines ministry said in a statement issued on Friday.\n    \
         It said lower grades at two mines in the north and a strike\n\
         at the Colquiri smelter in August cut production.\n \
         Reuter\n",
    );
    let out = run_ok(&mut dir.cmd(&["sentences", "wire.txt"]));
    eqnice!(
        "TIN OUTPUT FALLS IN THIRD QUARTER\n\
         Tin output from the country's main mines fell to 4,120 tonnes in the third quarter from 4,380 tonnes a year earlier, the mines ministry said in a statement issued on Friday.\n\
         It said lower grades at two mines in the north and a strike at the Colquiri smelter in August cut production.\n\
         Reuter\n",
        out
    );
}

#[test]
fn empty_input_prints_nothing() {
    let dir = Dir::new("sentences-empty");
    dir.write("empty.txt", "");
    dir.write("blank.txt", "\u{feff}\r\n \r\n");
    let out = run_ok(&mut dir.cmd(&["sentences", "empty.txt", "blank.txt"]));
    eqnice!("", out);
}
