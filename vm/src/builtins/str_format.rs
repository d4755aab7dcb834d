//! `str.format` and the built-in `format()` (Objects/stringlib/string_format.h and
//! Python/bltinmodule.c): literal text with `{{`/`}}`, replacement fields
//! `{name.attr[key]!conv:spec}` with automatic or manual numbering, nested fields in the spec,
//! and CPython's messages.

use super::format_spec::format_value;
use super::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_int, new_str, Args, MethodDef, ObjRef};
use crate::runtime::Vm;

/// How positional fields are numbered so far (`AutoNumber`).
#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    args: &'a [ObjRef],
    kwargs: &'a [(ObjRef, ObjRef)],
    numbering: Numbering,
}

/// The `format` built-in function.
pub static FUNCTIONS: &[MethodDef] = &[def!("format", VarArgs, format)];

/// `str.format`'s entry in the method table.
pub static STR_METHODS: &[MethodDef] = &[def!("format", Keywords, format_method)];

fn format(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    builtin_format(vm, a)
}

fn format_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(template) = slf.and_then(|s| s.as_str_bytes()) else {
        return Err(vm.type_error("descriptor 'format' requires a 'str' object"));
    };
    let template = template.to_vec();
    str_format(vm, &template, a)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, template: &[u8], a: Args) -> PyResult<ObjRef> {
    let mut f = Formatter {
        args: a.pos,
        kwargs: a.kw,
        numbering: Numbering::Unknown,
    };
    let out = f.render(vm, template, 2)?;
    Ok(new_str(out))
}

/// `format(value[, spec])`.
pub fn builtin_format(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "format", 1, 2)?;
    let spec = match a.get(1) {
        None => Vec::new(),
        Some(s) => match s.as_str_bytes() {
            Some(b) => b.to_vec(),
            None => {
                return Err(vm.type_error(format!(
                    "format expects arg 2 to be string or unicode, not {}",
                    vm.type_name(s)
                )))
            }
        },
    };
    format_value(vm, &a[0], &spec)
}

impl Formatter<'_> {
    /// `build_string`: the template with every field replaced; `depth` limits nesting.
    fn render(&mut self, vm: &mut Vm, template: &[u8], depth: u32) -> PyResult<Vec<u8>> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < template.len() {
            let c = template[i];
            match c {
                b'{' if template.get(i + 1) == Some(&b'{') => {
                    out.push(b'{');
                    i += 2;
                }
                b'}' if template.get(i + 1) == Some(&b'}') => {
                    out.push(b'}');
                    i += 2;
                }
                b'}' => return Err(vm.value_error("Single '}' encountered in format string")),
                b'{' => {
                    let (field, next) = self.field_text(vm, template, i + 1)?;
                    out.extend(self.render_field(vm, field, depth)?);
                    i = next;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// The text of a field up to its matching `}` (braces nest inside it).
    fn field_text<'t>(
        &self,
        vm: &Vm,
        template: &'t [u8],
        start: usize,
    ) -> PyResult<(&'t [u8], usize)> {
        let mut nesting = 1;
        let mut j = start;
        while j < template.len() {
            match template[j] {
                b'{' => nesting += 1,
                b'}' => {
                    nesting -= 1;
                    if nesting == 0 {
                        return Ok((&template[start..j], j + 1));
                    }
                }
                _ => {}
            }
            j += 1;
        }
        Err(vm.value_error(if nesting > 1 || start == template.len() {
            "Single '{' encountered in format string"
        } else {
            "unmatched '{' in format"
        }))
    }

    /// `output_markup`: look the field up, convert it, format it by its (rendered) spec.
    fn render_field(&mut self, vm: &mut Vm, field: &[u8], depth: u32) -> PyResult<Vec<u8>> {
        // The field name ends at the first '!' or ':' outside brackets.
        let mut bracket = false;
        let mut end = field.len();
        for (k, &c) in field.iter().enumerate() {
            match c {
                b'[' => bracket = true,
                b']' => bracket = false,
                b'!' | b':' if !bracket => {
                    end = k;
                    break;
                }
                _ => {}
            }
        }
        let (name, rest) = field.split_at(end);
        let (conversion, spec) = match rest.first() {
            Some(b'!') => {
                let Some(&conv) = rest.get(1) else {
                    return Err(
                        vm.value_error("end of format while looking for conversion specifier")
                    );
                };
                match rest.get(2) {
                    None => (Some(conv), &rest[2..]),
                    Some(b':') => (Some(conv), &rest[3..]),
                    Some(_) => {
                        return Err(vm.value_error("expected ':' after format specifier"));
                    }
                }
            }
            Some(_) => (None, &rest[1..]),
            None => (None, rest),
        };
        let mut obj = self.get_field(vm, name)?;
        match conversion {
            None => {}
            Some(b'r') => obj = new_str(vm.repr(&obj)?),
            Some(b's') => obj = new_str(vm.to_str(&obj)?),
            Some(c) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {}", c as char)));
            }
        }
        let spec = if spec.contains(&b'{') {
            self.render(vm, spec, depth - 1)?
        } else {
            spec.to_vec()
        };
        let formatted = format_value(vm, &obj, &spec)?;
        Ok(formatted.as_str_bytes().unwrap_or(b"").to_vec())
    }

    /// `get_field_object`: the first name part (index, keyword, or automatic number), then
    /// each `.attr` and `[key]`.
    fn get_field(&mut self, vm: &mut Vm, name: &[u8]) -> PyResult<ObjRef> {
        let first_end = name
            .iter()
            .position(|c| *c == b'.' || *c == b'[')
            .unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut obj = if first.is_empty() || first.iter().all(u8::is_ascii_digit) {
            let index = self.positional_index(vm, first)?;
            match self.args.get(index) {
                Some(v) => v.clone(),
                None => return Err(vm.err(&vm.types.exc.index_error, "tuple index out of range")),
            }
        } else {
            let key = new_str(first.to_vec());
            match self
                .kwargs
                .iter()
                .find(|(k, _)| k.as_str_bytes() == Some(first))
            {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(&key)),
            }
        };
        while let Some(&c) = rest.first() {
            if c == b'.' {
                let end = rest[1..]
                    .iter()
                    .position(|c| *c == b'.' || *c == b'[')
                    .map_or(rest.len(), |p| p + 1);
                let attr = &rest[1..end];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.getattr(&obj, &new_str(attr.to_vec()))?;
                rest = &rest[end..];
            } else if c == b'[' {
                let Some(close) = rest.iter().position(|c| *c == b']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &rest[1..close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key_obj = match std::str::from_utf8(key).ok().and_then(|k| {
                    k.bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| k.parse::<i64>().ok())
                        .flatten()
                }) {
                    Some(n) => new_int(n),
                    None => new_str(key.to_vec()),
                };
                obj = vm.getitem(&obj, &key_obj)?;
                rest = &rest[close + 1..];
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(obj)
    }

    /// An explicit index, or the next automatic one; mixing the two styles is refused.
    fn positional_index(&mut self, vm: &Vm, digits: &[u8]) -> PyResult<usize> {
        if digits.is_empty() {
            return match self.numbering {
                Numbering::Manual => Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unknown => {
                    self.numbering = Numbering::Auto(1);
                    Ok(0)
                }
                Numbering::Auto(n) => {
                    self.numbering = Numbering::Auto(n + 1);
                    Ok(n)
                }
            };
        }
        if let Numbering::Auto(_) = self.numbering {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        self.numbering = Numbering::Manual;
        std::str::from_utf8(digits)
            .ok()
            .and_then(|d| d.parse::<usize>().ok())
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))
    }
}
