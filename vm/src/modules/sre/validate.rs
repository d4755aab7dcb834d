//! `_validate` (Modules/_sre.c): the check `_sre.compile` runs on a code list before the
//! engine may execute it — every skip stays inside its block, blocks end where their opcode
//! says, group numbers are in range. Code that fails gets CPython's "invalid SRE code". The
//! engine still bounds-checks every read, so what passes here cannot make it misbehave.
//!
//! The check recurses once per nested block; code nested deeper than [`MAX_NESTING`] is
//! refused as a fault rather than risking the Rust stack.

use super::constants::*;

/// Deeper nesting than `sre_parse` can produce (it recurses in Python per group).
const MAX_NESTING: u32 = 5_000;

/// Why the code was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Invalid {
    /// CPython refuses it too: RuntimeError("invalid SRE code").
    Code,
    /// Too deeply nested for the VM.
    TooDeep,
}

type Check = Result<(), Invalid>;

/// A cursor over `code[..end]`, reading as the C macros do.
struct Cursor<'a> {
    code: &'a [u32],
    pos: usize,
    end: usize,
}

impl Cursor<'_> {
    /// `GET_OP` / `GET_ARG`.
    fn word(&mut self) -> Result<u32, Invalid> {
        if self.pos >= self.end {
            return Err(Invalid::Code);
        }
        let w = self.code.get(self.pos).copied().ok_or(Invalid::Code)?;
        self.pos += 1;
        Ok(w)
    }

    /// `GET_SKIP_ADJ(adj)`: a skip counted from its own position, which must stay inside.
    fn skip(&mut self, adj: u32) -> Result<usize, Invalid> {
        if self.pos >= self.end {
            return Err(Invalid::Code);
        }
        let skip = self.code.get(self.pos).copied().ok_or(Invalid::Code)?;
        if skip.wrapping_sub(adj) as usize > self.end - self.pos {
            return Err(Invalid::Code);
        }
        self.pos += 1;
        Ok(skip as usize)
    }

    fn at(&self, index: usize) -> Result<u32, Invalid> {
        self.code.get(index).copied().ok_or(Invalid::Code)
    }
}

fn fail_unless(ok: bool) -> Check {
    if ok {
        Ok(())
    } else {
        Err(Invalid::Code)
    }
}

/// `_validate_charset` over `code[pos..end]`.
fn charset(code: &[u32], pos: usize, end: usize) -> Check {
    let mut c = Cursor { code, pos, end };
    while c.pos < c.end {
        match c.word()? {
            OP_NEGATE => {}
            OP_LITERAL => {
                c.word()?;
            }
            OP_RANGE => {
                c.word()?;
                c.word()?;
            }
            OP_CHARSET => {
                // A 256-bit map in 8 words.
                fail_unless(8 <= c.end - c.pos)?;
                c.pos += 8;
            }
            OP_BIGCHARSET => {
                let blocks = c.word()?;
                // 256 one-byte block numbers packed in 64 words, then the blocks.
                fail_unless(64 <= c.end - c.pos)?;
                for i in 0..256 {
                    if block_number(code, c.pos, i).ok_or(Invalid::Code)? >= blocks {
                        return Err(Invalid::Code);
                    }
                }
                c.pos += 64;
                let size = blocks as usize * 8;
                fail_unless(size <= c.end - c.pos)?;
                c.pos += size;
            }
            OP_CATEGORY => {
                let arg = c.word()?;
                fail_unless(arg <= CATEGORY_UNI_NOT_LINEBREAK)?;
            }
            _ => return Err(Invalid::Code),
        }
    }
    Ok(())
}

/// Byte `i` of the block table starting at `code[table]` (the words hold the bytes in
/// little-endian order, as `sre_compile` packs them on the reference's machine).
pub fn block_number(code: &[u32], table: usize, i: usize) -> Option<u32> {
    let word = code.get(table + i / 4)?;
    Some((word >> (8 * (i % 4))) & 0xff)
}

/// `_validate_inner` over `code[pos..end]`.
fn inner(code: &[u32], pos: usize, end: usize, groups: usize, depth: u32) -> Check {
    if depth > MAX_NESTING {
        return Err(Invalid::TooDeep);
    }
    if pos > end {
        return Err(Invalid::Code);
    }
    let nested = |from: usize, to: usize| inner(code, from, to, groups, depth + 1);
    let mut c = Cursor { code, pos, end };
    while c.pos < c.end {
        match c.word()? {
            OP_MARK => {
                let arg = c.word()? as usize;
                fail_unless(arg <= 2 * groups + 1)?;
            }
            OP_LITERAL | OP_NOT_LITERAL | OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE => {
                c.word()?;
            }
            OP_SUCCESS | OP_FAILURE | OP_ANY | OP_ANY_ALL => {}
            OP_AT => {
                let arg = c.word()?;
                fail_unless(arg <= AT_UNI_NON_BOUNDARY)?;
            }
            OP_IN | OP_IN_IGNORE => {
                let skip = c.skip(0)?;
                // The set ends with FAILURE one word before the skip's target.
                fail_unless(skip >= 2)?;
                charset(code, c.pos, c.pos + skip - 2)?;
                fail_unless(c.at(c.pos + skip - 2)? == OP_FAILURE)?;
                c.pos += skip - 1;
            }
            OP_INFO => info(&mut c)?,
            OP_BRANCH => {
                let mut target = None;
                loop {
                    let skip = c.skip(0)?;
                    if skip == 0 {
                        break;
                    }
                    fail_unless(skip >= 3)?;
                    nested(c.pos, c.pos + skip - 3)?;
                    c.pos += skip - 3;
                    fail_unless(c.word()? == OP_JUMP)?;
                    let skip = c.skip(0)?;
                    // Every alternative's JUMP goes to the same place.
                    let here = c.pos + skip;
                    match target {
                        None => target = Some(here),
                        Some(t) => fail_unless(t == here)?,
                    }
                }
            }
            op @ (OP_REPEAT_ONE | OP_MIN_REPEAT_ONE | OP_REPEAT) => {
                let header = if op == OP_REPEAT { 3 } else { 4 };
                let skip = c.skip(0)?;
                let min = c.word()?;
                let max = c.word()?;
                fail_unless(min <= max)?;
                fail_unless(skip >= header)?;
                nested(c.pos, c.pos + skip - header)?;
                c.pos += skip - header;
                let closing = c.word()?;
                if op == OP_REPEAT {
                    fail_unless(closing == OP_MAX_UNTIL || closing == OP_MIN_UNTIL)?;
                } else {
                    fail_unless(closing == OP_SUCCESS)?;
                }
            }
            OP_GROUPREF | OP_GROUPREF_IGNORE => {
                fail_unless((c.word()? as usize) < groups)?;
            }
            OP_GROUPREF_EXISTS => {
                fail_unless((c.word()? as usize) < groups)?;
                let skip = c.skip(1)?;
                // The skip counts from the group number's word.
                c.pos -= 1;
                let has_else =
                    skip >= 3 && skip - 3 < c.end - c.pos && c.at(c.pos + skip - 3)? == OP_JUMP;
                if has_else {
                    nested(c.pos + 1, c.pos + skip - 3)?;
                    c.pos += skip - 2;
                    let skip = c.skip(0)?;
                    fail_unless(skip >= 1)?;
                    nested(c.pos, c.pos + skip - 1)?;
                    c.pos += skip - 1;
                } else {
                    fail_unless(skip >= 1)?;
                    nested(c.pos + 1, c.pos + skip - 1)?;
                    c.pos += skip - 1;
                }
            }
            OP_ASSERT | OP_ASSERT_NOT => {
                let skip = c.skip(0)?;
                let back = c.word()?;
                c.pos -= 1;
                fail_unless(back & 0x8000_0000 == 0)?;
                fail_unless(skip >= 2)?;
                nested(c.pos + 1, c.pos + skip - 2)?;
                c.pos += skip - 2;
                fail_unless(c.word()? == OP_SUCCESS)?;
            }
            _ => return Err(Invalid::Code),
        }
    }
    Ok(())
}

/// The `INFO` block: flags, bounds, then a literal prefix with its overlap table or a
/// character set.
fn info(c: &mut Cursor) -> Check {
    let skip = c.skip(0)?;
    let block_end = c.pos + skip;
    let flags = c.word()?;
    c.word()?; // min
    c.word()?; // max
               // The block's end, `newcode`, sits one word before the skip's target.
    let Some(newcode) = block_end.checked_sub(1).filter(|&n| n >= c.pos) else {
        return Err(Invalid::Code);
    };
    fail_unless(flags & !(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET) == 0)?;
    fail_unless(!(flags & INFO_PREFIX != 0 && flags & INFO_CHARSET != 0))?;
    fail_unless(!(flags & INFO_LITERAL != 0 && flags & INFO_PREFIX == 0))?;
    if flags & INFO_PREFIX != 0 {
        let prefix_len = c.word()? as usize;
        c.word()?; // prefix skip
        fail_unless(c.pos <= newcode && prefix_len <= newcode - c.pos)?;
        c.pos += prefix_len;
        fail_unless(prefix_len <= newcode - c.pos)?;
        for i in 0..prefix_len {
            fail_unless((c.at(c.pos + i)? as usize) < prefix_len)?;
        }
        c.pos += prefix_len;
    }
    if flags & INFO_CHARSET != 0 {
        fail_unless(newcode > c.pos)?;
        charset(c.code, c.pos, newcode - 1)?;
        fail_unless(c.at(newcode - 1)? == OP_FAILURE)?;
        c.pos = newcode;
    } else {
        fail_unless(c.pos == newcode)?;
    }
    Ok(())
}

/// `_validate_outer`: the whole list, which must end with SUCCESS.
pub fn validate(code: &[u32], groups: i64) -> Check {
    if !(0..=100).contains(&groups) || code.last() != Some(&OP_SUCCESS) {
        return Err(Invalid::Code);
    }
    // A pattern compiled without its group count may use any of 100.
    let groups = if groups == 0 { 100 } else { groups as usize };
    inner(code, 0, code.len() - 1, groups, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_sre_compile_emits() {
        // INFO (literal prefix "ab"), LITERAL a, LITERAL b, SUCCESS
        let code = [17, 10, 3, 2, 2, 2, 2, 97, 98, 0, 0, 19, 97, 19, 98, 1];
        assert_eq!(validate(&code, 0), Ok(()));
        // MARK 0, REPEAT_ONE 0..MAXREPEAT of ANY, MARK 1, SUCCESS
        let code = [21, 0, 29, 5, 0, MAXREPEAT, 2, 1, 21, 1, 1];
        assert_eq!(validate(&code, 1), Ok(()));
    }

    #[test]
    fn refuses_skips_out_of_bounds_and_bad_operands() {
        assert_eq!(validate(&[], 0), Err(Invalid::Code));
        assert_eq!(validate(&[19, 97], 0), Err(Invalid::Code));
        assert_eq!(validate(&[18, 50, 1], 0), Err(Invalid::Code));
        assert_eq!(validate(&[15, 0, 1], 0), Err(Invalid::Code));
        assert_eq!(validate(&[6, 99, 1], 0), Err(Invalid::Code));
        assert_eq!(validate(&[21, 5, 1], 1), Err(Invalid::Code));
        assert_eq!(validate(&[12, 1, 1], 1), Err(Invalid::Code));
    }

    #[test]
    fn deep_nesting_is_refused_without_recursing_further() {
        // ASSERT blocks nested inside each other, deeper than the limit.
        let depth = MAX_NESTING as usize + 10;
        let mut code = vec![19, 97];
        for _ in 0..depth {
            let mut outer = vec![OP_ASSERT, code.len() as u32 + 3, 0];
            outer.extend(code);
            outer.push(OP_SUCCESS);
            code = outer;
        }
        code.push(OP_SUCCESS);
        let checked = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || validate(&code, 0))
            .expect("a thread")
            .join()
            .expect("no panic");
        assert_eq!(checked, Err(Invalid::TooDeep));
    }
}
