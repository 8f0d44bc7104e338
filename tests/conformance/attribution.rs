//! Speakers against PolNeAR (../shared/data/attribution/polnear): news articles on the 2016 US
//! election whose attributions are annotated in brat standoff files as Source, Cue and
//! Content spans linked by an `E` relation.
//!
//! The unit is our sentence. A sentence is *gold* when the Content of at least one gold
//! attribution with a Source overlaps it; its gold sources are those Source spans. Our
//! prediction is the speaker the [`SpeakerTracker`] gives the sentence. It is *correct* when
//! either the words that name it in the sentence (the name, role or pronoun next to the cue)
//! or the name it resolves to (which may stand in an earlier sentence) overlap a gold source
//! of that sentence. Precision = correct / predicted, recall = correct / gold sentences.
//!
//! A second, lenient figure also counts a prediction whose last name appears as a word of a
//! gold source of the sentence ("Maria Espinoza" for a gold "Espinoza" tagged in a later
//! sentence): the same speaker, named elsewhere.
//!
//! Errors are counted by type: a gold sentence with no prediction is *missed* (no reporting
//! cue of ours in it, a cue whose source we did not find, or a pronoun we could not resolve);
//! a prediction on a gold sentence that overlaps none of its sources is *wrong source*; a
//! prediction on a sentence with no gold attribution is *spurious*.
//!
//! The test split is measured (upstream asks that it be looked at only to evaluate); set
//! `CLAIMSIFT_POLNEAR_SPLIT=train` (or `dev`) to develop against another split. Where an
//! article has several annotators' files, the first in name order is the gold.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use claimsift::rules::cues::Lexicon;
use claimsift::segment::split_sentences;
use claimsift::speaker::{How, SpeakerTracker};

use crate::data::shared_data;

/// One gold attribution: byte spans of its source and content fragments.
struct Attribution {
    sources: Vec<(usize, usize)>,
    cues: Vec<(usize, usize)>,
    contents: Vec<(usize, usize)>,
}

/// Reads a brat .ann file; offsets are characters in the text, turned into bytes.
fn read_ann(ann: &str, text: &str) -> Vec<Attribution> {
    // Byte offset of every character offset (and of the end).
    let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(text.len());
    let to_byte = |c: usize| byte_of.get(c).copied();
    let mut spans: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') && id[1..].chars().all(|c| c.is_ascii_digit()) {
            let Some((_, ranges)) = body.split_once(' ') else {
                continue;
            };
            let mut frags = Vec::new();
            for r in ranges.split(';') {
                let mut nums = r.split_whitespace().map(|n| n.parse::<usize>().ok());
                if let (Some(Some(s)), Some(Some(e))) = (nums.next(), nums.next()) {
                    if let (Some(s), Some(e)) = (to_byte(s), to_byte(e)) {
                        frags.push((s, e));
                    }
                }
            }
            spans.insert(id, frags);
        } else if id.starts_with('E') {
            relations.push(body);
        }
    }
    let mut out = Vec::new();
    for body in relations {
        let mut sources = Vec::new();
        let mut cues = Vec::new();
        let mut contents = Vec::new();
        for part in body.split_whitespace() {
            let Some((role, t)) = part.split_once(':') else {
                continue;
            };
            let frags = spans.get(t).cloned().unwrap_or_default();
            if role == "Source" {
                sources.extend(frags);
            } else if role == "Cue" {
                cues.extend(frags);
            } else if role.starts_with("Content") {
                contents.extend(frags);
            }
        }
        if !sources.is_empty() && !contents.is_empty() {
            out.push(Attribution {
                sources,
                cues,
                contents,
            });
        }
    }
    out
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Counts over a split.
#[derive(Default, Debug)]
struct Counts {
    sentences: usize,
    gold: usize,
    predicted: usize,
    correct: usize,
    /// Correct counting a same-name match in another place too ("Maria Espinoza" for a gold
    /// "Espinoza" mention in a later sentence).
    correct_by_name: usize,
    missed_no_cue: usize,
    missed_no_subject: usize,
    missed_pronoun: usize,
    wrong_source: usize,
    wrong_by_how: BTreeMap<&'static str, usize>,
    correct_by_how: BTreeMap<&'static str, usize>,
    spurious: usize,
    spurious_by_how: BTreeMap<&'static str, usize>,
    /// Gold cue words of the sentences missed for want of a cue (shown on request).
    missed_cues: BTreeMap<String, usize>,
}

fn how_name(h: How) -> &'static str {
    match h {
        How::Named => "named",
        How::Organisation => "organisation",
        How::Role => "role",
        How::Pronoun => "pronoun",
        How::Quote => "quote",
        _ => "other",
    }
}

fn evaluate(root: &Path, split: &str, show_errors: usize) -> Counts {
    let text_dir = root.join(split).join("text");
    let ann_dir = root.join(split).join("attributions");
    let mut anns: Vec<_> = fs::read_dir(&ann_dir)
        .expect("attributions folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let lexicon = Lexicon::builtin();
    let mut c = Counts::default();
    let mut shown = 0;
    for ann_path in anns {
        let stem = ann_path.file_stem().unwrap().to_string_lossy().to_string();
        // "<article>_<annotator>.ann"
        let Some((article, _)) = stem.rsplit_once('_') else {
            continue;
        };
        if !seen.insert(article.to_string()) {
            continue;
        }
        let Ok(text) = fs::read_to_string(text_dir.join(format!("{article}.txt"))) else {
            continue;
        };
        let ann = fs::read_to_string(&ann_path).expect("ann readable");
        let gold = read_ann(&ann, &text);
        let mut tracker = SpeakerTracker::new(&text);
        let sentences = split_sentences(&text);
        let mut speakers = Vec::new();
        let mut unresolved = Vec::new();
        for s in &sentences {
            let cues = lexicon.find(&text[s.start..s.end]);
            speakers.push(tracker.speaker(s, &cues));
            unresolved.push(tracker.unresolved_pronoun().is_some());
        }
        tracker.resolve_quotes(&mut speakers);
        for ((s, got), unresolved) in sentences.iter().zip(speakers).zip(unresolved) {
            c.sentences += 1;
            let cues = lexicon.find(&text[s.start..s.end]);
            let sources: Vec<(usize, usize)> = gold
                .iter()
                .filter(|a| a.contents.iter().any(|&f| overlaps(f, (s.start, s.end))))
                .flat_map(|a| a.sources.iter().copied())
                .collect();
            let is_gold = !sources.is_empty();
            c.gold += usize::from(is_gold);
            match got {
                Some(sp) => {
                    c.predicted += 1;
                    let how = how_name(sp.how);
                    let hit = sources.iter().any(|&g| {
                        overlaps(g, (sp.mention_start, sp.mention_end))
                            || overlaps(g, (sp.start, sp.end))
                    });
                    let last = sp
                        .name
                        .split_whitespace()
                        .next_back()
                        .unwrap_or("")
                        .to_lowercase();
                    let same_name = !last.is_empty()
                        && sources.iter().any(|&(a, b)| {
                            text[a..b]
                                .to_lowercase()
                                .split(|ch: char| !ch.is_alphanumeric())
                                .any(|w| w == last)
                        });
                    if hit || same_name {
                        c.correct_by_name += 1;
                    }
                    if hit {
                        c.correct += 1;
                        *c.correct_by_how.entry(how).or_default() += 1;
                    } else if is_gold {
                        c.wrong_source += 1;
                        *c.wrong_by_how.entry(how).or_default() += 1;
                        if shown < show_errors {
                            shown += 1;
                            let gold_text: Vec<&str> =
                                sources.iter().map(|&(a, b)| &text[a..b]).collect();
                            eprintln!(
                                "WRONG {how} got {:?} gold {:?}\n   {}",
                                sp.name,
                                gold_text,
                                text[s.start..s.end].replace('\n', " ")
                            );
                        }
                    } else {
                        c.spurious += 1;
                        *c.spurious_by_how.entry(how).or_default() += 1;
                    }
                }
                None if is_gold => {
                    if unresolved {
                        c.missed_pronoun += 1;
                    } else if cues.iter().any(|q| q.names_speaker) {
                        c.missed_no_subject += 1;
                        if std::env::var("CLAIMSIFT_SHOW_MISSED").is_ok()
                            && c.missed_no_subject % 10 == 0
                        {
                            let gold_text: Vec<&str> =
                                sources.iter().map(|&(a, b)| &text[a..b]).collect();
                            let words: Vec<&str> = cues
                                .iter()
                                .filter(|q| q.names_speaker)
                                .map(|q| q.word)
                                .collect();
                            eprintln!(
                                "MISSED {words:?} gold {gold_text:?}\n   {}",
                                text[s.start..s.end].replace('\n', " ")
                            );
                        }
                    } else {
                        c.missed_no_cue += 1;
                        for a in gold
                            .iter()
                            .filter(|a| a.contents.iter().any(|&f| overlaps(f, (s.start, s.end))))
                        {
                            let inside = a.cues.iter().any(|&f| overlaps(f, (s.start, s.end)));
                            let words: Vec<String> = a
                                .cues
                                .iter()
                                .map(|&(x, y)| text[x..y].to_lowercase())
                                .collect();
                            let key = format!(
                                "{}{}",
                                if inside { "" } else { "(elsewhere) " },
                                words.join(" ")
                            );
                            *c.missed_cues.entry(key).or_default() += 1;
                        }
                    }
                }
                None => {}
            }
        }
    }
    c
}

#[test]
fn polnear_speaker_precision_recall() {
    let Some(root) = shared_data("attribution/polnear/data") else {
        return;
    };
    let split = std::env::var("CLAIMSIFT_POLNEAR_SPLIT").unwrap_or_else(|_| "test".into());
    let show: usize = std::env::var("CLAIMSIFT_SHOW_ERRORS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let c = evaluate(&root, &split, show);
    let (p, r, f1) = crate::data::precision_recall_f1(c.correct, c.predicted, c.gold);
    println!(
        "PolNeAR {split}: {} sentences, {} with a gold source, {} predicted, {} correct",
        c.sentences, c.gold, c.predicted, c.correct
    );
    println!("  speaker precision {p:.3}  recall {r:.3}  F1 {f1:.3}  (span overlap)");
    let pn = c.correct_by_name as f64 / c.predicted.max(1) as f64;
    let rn = c.correct_by_name as f64 / c.gold.max(1) as f64;
    let f1n = if pn + rn > 0.0 {
        2.0 * pn * rn / (pn + rn)
    } else {
        0.0
    };
    println!(
        "  speaker precision {pn:.3}  recall {rn:.3}  F1 {f1n:.3}  (span overlap or same name)"
    );
    println!(
        "  missed: {} no cue of ours, {} cue but no source found, {} pronoun unresolved",
        c.missed_no_cue, c.missed_no_subject, c.missed_pronoun
    );
    println!(
        "  wrong source on a gold sentence: {} {:?}",
        c.wrong_source, c.wrong_by_how
    );
    println!(
        "  spurious (no gold attribution): {} {:?}",
        c.spurious, c.spurious_by_how
    );
    println!("  correct by rule: {:?}", c.correct_by_how);
    if show > 0 {
        let mut cues: Vec<_> = c.missed_cues.iter().collect();
        cues.sort_by(|a, b| b.1.cmp(a.1));
        println!(
            "  gold cues of missed sentences: {:?}",
            &cues[..cues.len().min(show)]
        );
    }
    if split == "test" {
        // Measured: P 0.843, R 0.640, F1 0.728 (issue 3's goal is 0.70; tuned on the train
        // split only: P 0.866, R 0.624, F1 0.725; dev P 0.870, R 0.604, F1 0.713).
        assert!(c.gold > 1000, "the test split should have gold sentences");
        assert!(p >= 0.80, "speaker precision {p:.3} under the floor 0.80");
        assert!(f1 >= 0.70, "speaker F1 {f1:.3} under the floor 0.70");
    }
}
