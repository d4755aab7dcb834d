//! UTF-8 as Python 2.7 reads and writes it (`PyUnicode_DecodeUTF8Stateful`,
//! `PyUnicode_EncodeUTF8`): encoded surrogates decode like any code point, errors are named
//! `utf8`, and a surrogate pair encodes as the one character it stands for.

use super::{decode_with, ErrorPolicy, Step};
use crate::error::PyResult;
use crate::runtime::Vm;

/// `utf8_code_length`: the length a lead byte announces, 0 for one that cannot start a
/// sequence.
fn sequence_length(lead: u8) -> usize {
    match lead {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xc0 == 0x80
}

/// One sequence at `at`: the code point and its length, or the bad range and the reason,
/// or Incomplete when the input ends inside it and more may come (`final` false).
fn read_sequence(bytes: &[u8], at: usize, last: bool, out: &mut Vec<u32>) -> Step {
    let s = &bytes[at..];
    let lead = s[0];
    let n = sequence_length(lead);
    if n == 1 {
        out.push(u32::from(lead));
        return Step::Read(1);
    }
    if n > s.len() {
        if !last {
            return Step::Incomplete;
        }
        let run = s[1..].iter().take_while(|b| is_continuation(**b)).count();
        return Step::Invalid(at..at + 1 + run, "unexpected end of data");
    }
    let cont = |k: usize| is_continuation(s[k]);
    let valid = match n {
        0 => return Step::Invalid(at..at + 1, "invalid start byte"),
        2 => cont(1),
        3 => cont(1) && cont(2) && !(lead == 0xe0 && s[1] < 0xa0),
        _ => {
            cont(1)
                && cont(2)
                && cont(3)
                && !(lead == 0xf0 && s[1] < 0x90)
                && !(lead == 0xf4 && s[1] > 0x8f)
        }
    };
    if !valid {
        // The bad range ends at the first byte that is not a continuation byte (at most the
        // last one the lead byte announced).
        let good = (1..n - 1).take_while(|&k| cont(k)).count();
        return Step::Invalid(at..at + 1 + good, "invalid continuation byte");
    }
    let mut c = u32::from(lead) & (0x7f >> n);
    for &b in &s[1..n] {
        c = (c << 6) | u32::from(b & 0x3f);
    }
    out.push(c);
    Step::Read(n)
}

/// Decodes `bytes`; unless `last`, an incomplete sequence at the end is left unconsumed.
pub fn decode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    bytes: &[u8],
    last: bool,
) -> PyResult<(Vec<u32>, usize)> {
    decode_with(vm, policy, "utf8", bytes, |_, out, at| {
        Ok(read_sequence(bytes, at, last, out))
    })
}

/// Encodes `chars` (this never fails: lone surrogates are encoded as they are).
pub fn encode(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let mut c = chars[i];
        i += 1;
        if (0xd800..=0xdbff).contains(&c) {
            if let Some(&low) = chars.get(i).filter(|l| (0xdc00..=0xdfff).contains(*l)) {
                c = (((c - 0xd800) << 10) | (low - 0xdc00)) + 0x10000;
                i += 1;
            }
        }
        match c {
            0..=0x7f => out.push(c as u8),
            0x80..=0x7ff => out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
            0x800..=0xffff => out.extend([
                0xe0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
            _ => out.extend([
                0xf0 | ((c >> 18) & 0x07) as u8,
                0x80 | ((c >> 12) & 0x3f) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters and length of a good sequence, or the bad range and its reason.
    type Outcome = Result<(Vec<u32>, usize), (std::ops::Range<usize>, &'static str)>;

    fn one(bytes: &[u8]) -> Outcome {
        let mut out = Vec::new();
        match read_sequence(bytes, 0, true, &mut out) {
            Step::Read(n) => Ok((out, n)),
            Step::Invalid(r, why) => Err((r, why)),
            Step::Incomplete => unreachable!(),
        }
    }

    #[test]
    fn sequences_and_their_error_ranges() {
        assert_eq!(one(b"\xc3\xa9"), Ok((vec![0xe9], 2)));
        assert_eq!(one(b"\xed\xa0\x80"), Ok((vec![0xd800], 3)));
        assert_eq!(one(b"\xf0\x9f\x98\x80"), Ok((vec![0x1f600], 4)));
        assert_eq!(one(b"\xff"), Err((0..1, "invalid start byte")));
        assert_eq!(one(b"\xc3"), Err((0..1, "unexpected end of data")));
        assert_eq!(
            one(b"\xe0\x80\x80"),
            Err((0..2, "invalid continuation byte"))
        );
        assert_eq!(
            one(b"\xf0\x9f\x98A"),
            Err((0..3, "invalid continuation byte"))
        );
        assert_eq!(one(b"\xe2A\x80"), Err((0..1, "invalid continuation byte")));
    }

    #[test]
    fn surrogate_pairs_encode_as_one_character() {
        assert_eq!(encode(&[0xd83d, 0xde00]), b"\xf0\x9f\x98\x80");
        assert_eq!(encode(&[0xd800]), b"\xed\xa0\x80");
    }
}
