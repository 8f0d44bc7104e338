//! Word-at-a-time ("SWAR") bit tricks over `u64`: the scanners of the hot path (the sentence
//! splitter, the tokenizer, the cue literals, the speaker pass, the JSON writer, the id hash)
//! read text eight bytes at a time, and a byte loop at each of them cost five to seven
//! instructions a byte. The tricks live here once, each checked against a plain byte-by-byte
//! reference, so a fix lands in one place.
//!
//! A *mask* is a `u64` with the high bit (0x80) of each flagged byte set and every other bit
//! clear. Words are little endian: byte `k` of a word is the `k`-th byte of the text, so the
//! first flagged byte is the lowest ([`first_flagged`]).

/// 0x01 in each byte: a byte times this is eight copies of it.
pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
/// 0x80 in each byte: the bits a mask may have.
pub(crate) const HIGH: u64 = splat(0x80);
/// 0x7F in each byte: a byte with its high bit cleared, to which up to 0x80 can be added
/// without a carry into the next byte.
pub(crate) const LOW7: u64 = splat(0x7F);

/// Eight copies of `b`: what a word is compared with, byte by byte.
#[inline(always)]
pub(crate) const fn splat(b: u8) -> u64 {
    LO * b as u64
}

/// Eight bytes of `b` from `pos`, little endian, when `b` has them: one load, no copy byte
/// by byte, no bounds check left for the caller.
#[inline(always)]
pub(crate) fn load8(b: &[u8], pos: usize) -> Option<u64> {
    let eight = b.get(pos..)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*eight))
}

/// Eight bytes of `b` from `pos`, zeros past its end (a zero byte is in no class the
/// scanners look for, and leaves a hash of a tail as it was). Near the end the last eight
/// bytes are loaded and shifted down, so no byte is copied one by one; only a slice shorter
/// than eight bytes is read byte by byte.
#[inline(always)]
pub(crate) fn load_padded(b: &[u8], pos: usize) -> u64 {
    if let Some(x) = load8(b, pos) {
        return x;
    }
    match b.len().checked_sub(8) {
        Some(last) => {
            let shift = 8 * (pos - last);
            match load8(b, last) {
                Some(x) if shift < 64 => x >> shift,
                _ => 0,
            }
        }
        None => load_short(b.get(pos..).unwrap_or_default()),
    }
}

/// The bytes of `b`, fewer than eight (the tail a hash or a scan has left), zero-padded:
/// [`load_padded`] without its tests for a full word, for callers that know there is none.
/// (Only the first eight bytes count when `b` is longer.)
#[inline(always)]
pub(crate) fn load_short(b: &[u8]) -> u64 {
    b.iter()
        .take(8)
        .rev()
        .fold(0u64, |v, &c| (v << 8) | u64::from(c))
}

/// The index of the first flagged byte of a non-zero `mask` (8 when it is zero): where a
/// scan stops.
#[inline(always)]
pub(crate) fn first_flagged(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

/// Flags the bytes of `x` below `n` (`n` at most 0x80), the classic "has less than" trick:
/// non-zero exactly when some byte is below `n`, and the first flagged byte is the first
/// such byte; bytes above it may be flagged wrongly (a borrow), so only the lowest counts.
/// One subtraction instead of a comparison per byte.
#[inline(always)]
pub(crate) fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(splat(n)) & !x & HIGH
}

/// Flags the zero bytes of `x`, with [`below`]'s caveat: the first flagged byte is the
/// first zero byte exactly, later flags may be wrong.
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    below(x, 1)
}

/// Flags the bytes of `x` equal to `b`, with [`below`]'s caveat (exact up to the first
/// match, which is all a search needs): the cheapest test of "is `b` among these eight".
#[inline(always)]
pub(crate) fn has_byte(x: u64, b: u8) -> u64 {
    zero_bytes(x ^ splat(b))
}

/// Flags exactly the bytes of `x` equal to `b` (no borrow crosses bytes, unlike
/// [`has_byte`]): for tests on neighbouring bytes, such as two apostrophes side by side.
#[inline(always)]
pub(crate) fn eq_bytes(x: u64, b: u8) -> u64 {
    let y = x ^ splat(b);
    !(((y & LOW7) + LOW7) | y) & HIGH
}

/// Flags exactly the bytes of `x` that continue a UTF-8 character (`10xxxxxx`): a line's
/// characters are its bytes less these.
#[inline(always)]
pub(crate) fn continuation_bytes(x: u64) -> u64 {
    // Bit 7 set and bit 6 (shifted up into bit 7's place) clear.
    x & !(x << 1) & HIGH
}

/// Flags exactly the bytes of `x` in `lo..=hi` (ASCII, `lo <= hi < 0x80`); bytes past
/// ASCII (UTF-8) are left out.
#[inline(always)]
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    low7_in_range(x, lo, hi) & !x & HIGH
}

/// Flags the bytes of `x` whose low seven bits are in `lo..=hi` (`lo <= hi < 0x80`), so a
/// byte past ASCII may be flagged too, with other bits left set: for callers that count
/// every such byte anyway, one step cheaper than [`in_range`]. Per byte, on its low seven
/// bits `t`, the high bit of `t + (0x80 - lo)` is set from `lo` up and that of
/// `t + (0x7F - hi)` from past `hi` up; `t` has the high bit cleared, so no carry crosses
/// bytes.
#[inline(always)]
pub(crate) fn low7_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let t = x & LOW7;
    (t + splat(0x80 - lo)) & !(t + splat(0x7F - hi))
}

/// Flags the ASCII capital letters of `x` (where names start, and what lower-casing changes).
#[inline(always)]
pub(crate) fn upper_bytes(x: u64) -> u64 {
    in_range(x, b'A', b'Z')
}

/// Flags the ASCII digits of `x`.
#[inline(always)]
pub(crate) fn digit_bytes(x: u64) -> u64 {
    in_range(x, b'0', b'9')
}

/// Flags the ASCII letters of `x`, either case: `| 0x20` folds A-Z onto a-z and lands
/// nothing else there, so one range test covers both cases.
#[inline(always)]
pub(crate) fn letter_bytes(x: u64) -> u64 {
    in_range(x | splat(0x20), b'a', b'z')
}

/// Flags the bytes of `x` that are no ASCII letter or digit (UTF-8 included): where a run
/// of a word's letters and digits ends.
#[inline(always)]
pub(crate) fn not_alnum_bytes(x: u64) -> u64 {
    !(letter_bytes(x) | digit_bytes(x)) & HIGH
}

/// The position of the first `needle` in `b`, eight bytes at a time (a byte loop costs five
/// instructions a byte).
#[inline]
pub(crate) fn find_byte(b: &[u8], needle: u8) -> Option<usize> {
    let chunks = b.chunks_exact(8);
    let rest = chunks.remainder();
    for (n, eight) in chunks.enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let hit = has_byte(u64::from_le_bytes(word), needle);
        if hit != 0 {
            return Some(n * 8 + first_flagged(hit));
        }
    }
    let at = b.len() - rest.len();
    rest.iter().position(|&c| c == needle).map(|k| at + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mask of the bytes of `x` that `f` flags, byte by byte: the reference.
    fn reference(x: u64, f: impl Fn(u8) -> bool) -> u64 {
        x.to_le_bytes()
            .iter()
            .enumerate()
            .filter(|&(_, &c)| f(c))
            .fold(0, |m, (k, _)| m | 0x80 << (8 * k))
    }

    /// Words with one byte `c` at each of the eight places among `fill` bytes, for every
    /// `c` and a few fills (the fills matter to the tricks that borrow or carry): every
    /// byte value meets every position and its neighbours.
    fn words() -> impl Iterator<Item = u64> {
        [0x00u8, 0x20, 0x41, 0x61, 0x7F, 0x80, 0xFF]
            .into_iter()
            .flat_map(|fill| {
                (0..=255u8).flat_map(move |c| {
                    (0..8).map(move |k| u64::from(c) << (8 * k) | splat(fill) & !(0xFF << (8 * k)))
                })
            })
    }

    /// A cheap pseudo-random sequence of words (xorshift), for pairs of special bytes.
    fn random_words() -> impl Iterator<Item = u64> {
        let mut s = 0x2545_F491_4F6C_DD1Du64;
        std::iter::repeat_with(move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        })
        .take(200_000)
    }

    /// Words whose bytes are drawn from a few the tricks treat specially, so matches sit
    /// side by side and after one another.
    fn mixed_words() -> impl Iterator<Item = u64> {
        const PICK: [u8; 16] = [
            0x00, 0x01, b' ', b'"', b'\'', b'0', b'9', b'@', b'A', b'Z', b'[', b'`', b'a', b'z',
            0x80, 0xFF,
        ];
        random_words().map(|r| {
            (0..8).fold(0, |x, k| {
                x | u64::from(PICK[(r >> (4 * k)) as usize & 15]) << (8 * k)
            })
        })
    }

    fn all_words() -> impl Iterator<Item = u64> {
        words().chain(random_words()).chain(mixed_words())
    }

    #[test]
    fn splat_puts_the_byte_in_every_place() {
        for b in 0..=255u8 {
            assert_eq!(splat(b).to_le_bytes(), [b; 8]);
        }
        assert_eq!((LO, HIGH, LOW7), (splat(1), splat(0x80), splat(0x7F)));
    }

    #[test]
    fn exact_masks_match_the_byte_by_byte_reference() {
        for x in all_words() {
            assert_eq!(
                upper_bytes(x),
                reference(x, |c| c.is_ascii_uppercase()),
                "{x:#x}"
            );
            assert_eq!(
                digit_bytes(x),
                reference(x, |c| c.is_ascii_digit()),
                "{x:#x}"
            );
            assert_eq!(
                letter_bytes(x),
                reference(x, |c| c.is_ascii_alphabetic()),
                "{x:#x}"
            );
            assert_eq!(
                not_alnum_bytes(x),
                reference(x, |c| !c.is_ascii_alphanumeric()),
                "{x:#x}"
            );
            assert_eq!(
                continuation_bytes(x),
                reference(x, |c| c & 0xC0 == 0x80),
                "{x:#x}"
            );
            for b in [0u8, b' ', b'\'', b'_', 0x7F, 0x80, 0x9C, 0xFF] {
                assert_eq!(eq_bytes(x, b), reference(x, |c| c == b), "{x:#x} {b:#x}");
            }
            for (lo, hi) in [(0x22, 0x27), (0, 0), (0, 0x7F), (0x7F, 0x7F), (b'0', b'9')] {
                let want = reference(x, |c| (lo..=hi).contains(&c));
                assert_eq!(in_range(x, lo, hi), want, "{x:#x} {lo:#x}..={hi:#x}");
                let want = reference(x, |c| (lo..=hi).contains(&(c & 0x7F)));
                let got = low7_in_range(x, lo, hi) & HIGH;
                assert_eq!(got, want, "{x:#x} {lo:#x}..={hi:#x}");
            }
        }
    }

    #[test]
    fn every_range_matches_the_reference_on_every_byte() {
        for lo in 0..0x80u8 {
            for hi in lo..0x80u8 {
                for c in 0..=255u8 {
                    // The other bytes are 0x80, in no range.
                    let x = u64::from(c) << 24 | 0x8080_8080_0080_8080;
                    let want = if (lo..=hi).contains(&c) {
                        0x80 << 24
                    } else {
                        0
                    };
                    assert_eq!(in_range(x, lo, hi), want, "{c:#x} {lo:#x}..={hi:#x}");
                }
            }
        }
    }

    /// The borrow tricks: non-zero exactly when a byte qualifies, and the first flagged
    /// byte is the first that does.
    #[test]
    fn borrow_masks_find_the_first_byte_exactly() {
        let check = |x: u64, got: u64, f: &dyn Fn(u8) -> bool, what: &str| {
            let first = x.to_le_bytes().iter().position(|&c| f(c));
            assert_eq!(
                (got != 0).then(|| first_flagged(got)),
                first,
                "{what} {x:#x}"
            );
            assert_eq!(got & !HIGH, 0, "{what} {x:#x}");
        };
        for x in all_words() {
            check(x, zero_bytes(x), &|c| c == 0, "zero");
            for n in [1u8, 0x20, 0x41, 0x80] {
                check(x, below(x, n), &|c| c < n, "below");
            }
            for b in [0u8, b'"', b'\\', b':', b'.', 0x9C, 0xFF] {
                check(x, has_byte(x, b), &|c| c == b, "has_byte");
            }
        }
    }

    #[test]
    fn first_flagged_is_the_lowest_byte() {
        for k in 0..8 {
            assert_eq!(first_flagged(0x80 << (8 * k)), k);
            assert_eq!(first_flagged(HIGH << (8 * k)), k);
        }
        assert_eq!(first_flagged(0), 8);
    }

    #[test]
    fn loads_read_little_endian_and_pad_with_zeros() {
        let b: Vec<u8> = (1..=20).collect();
        for len in 0..=b.len() {
            let s = &b[..len];
            for pos in 0..=len + 2 {
                let mut want = [0u8; 8];
                for (k, w) in want.iter_mut().enumerate() {
                    *w = s.get(pos + k).copied().unwrap_or(0);
                }
                assert_eq!(load_padded(s, pos), u64::from_le_bytes(want), "{len} {pos}");
                if len < 8 && pos == 0 {
                    assert_eq!(load_short(s), u64::from_le_bytes(want), "{len}");
                }
                let full = s.get(pos..).is_some_and(|r| r.len() >= 8);
                let got = load8(s, pos);
                assert_eq!(got, full.then(|| u64::from_le_bytes(want)), "{len} {pos}");
            }
        }
    }

    #[test]
    fn find_byte_matches_position() {
        let text = "Mr Smith: the “plan” – it’s done; a:b\0 and 0x3A : at the end";
        let b = text.as_bytes();
        for needle in [b':', b';', 0, 0x80, 0x9C, b'x', b'Z'] {
            for start in 0..b.len() {
                for end in start..=b.len() {
                    let s = &b[start..end];
                    let slow = s.iter().position(|&c| c == needle);
                    assert_eq!(find_byte(s, needle), slow, "{needle} {start}..{end}");
                }
            }
        }
        assert_eq!(find_byte(b"", b':'), None);
        // A byte one above the needle right after it is no false hit (no borrow upwards).
        assert_eq!(find_byte(b"xxxxxxx;:", b':'), Some(8));
        assert_eq!(find_byte(&[0x3B, 0x3A, 0, 0, 0, 0, 0, 0x3A], b':'), Some(1));
        assert_eq!(find_byte(&[0x3B; 9], b':'), None);
    }
}
