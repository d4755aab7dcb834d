//! `str.format`, `unicode.format` and the built-in `format()` (Objects/stringlib/
//! string_format.h, built once per string kind, and Python/bltinmodule.c): literal text with
//! `{{`/`}}`, replacement fields `{name.attr[key]!conv:spec}` with automatic or manual
//! numbering, nested fields in the spec, and CPython's messages. One engine runs over the
//! code units of either kind; [`FieldText`] holds what differs.

use super::code_unit::CodeUnit;
use super::format_spec::{format_value, format_value_unicode};
use super::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::unicode::new_unicode;
use crate::objects::{new_int, new_str, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

/// What a template of each kind does with a field: `!s` (`STRINGLIB_TOSTR`) and the
/// formatting of the field by its spec, the result made the template's kind.
trait FieldText: CodeUnit {
    fn to_text(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef>;
    fn format_field(vm: &mut Vm, obj: &ObjRef, spec: &[Self]) -> PyResult<Vec<Self>>;
}

impl FieldText for u8 {
    fn to_text(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
        Ok(new_str(vm.to_str(obj)?))
    }

    fn format_field(vm: &mut Vm, obj: &ObjRef, spec: &[u8]) -> PyResult<Vec<u8>> {
        let formatted = format_value(vm, obj, spec)?;
        match &formatted.payload {
            Payload::Unicode(u) => vm.encode_default(u.chars()),
            _ => Ok(formatted.as_str_bytes().unwrap_or(b"").to_vec()),
        }
    }
}

impl FieldText for u32 {
    fn to_text(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
        Ok(new_unicode(vm.to_unicode(obj)?))
    }

    fn format_field(vm: &mut Vm, obj: &ObjRef, spec: &[u32]) -> PyResult<Vec<u32>> {
        format_value_unicode(vm, obj, spec)
    }
}

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

/// `unicode.format`'s entry in the method table.
pub static UNICODE_METHODS: &[MethodDef] = &[def!("format", Keywords, unicode_format_method)];

fn format(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    builtin_format(vm, a)
}

fn format_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(template) = slf.and_then(|s| s.as_str_bytes()) else {
        return Err(vm.type_error("descriptor 'format' requires a 'str' object"));
    };
    let template = template.to_vec();
    render_template(vm, &template, a)
}

fn unicode_format_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(Payload::Unicode(template)) = slf.map(|s| &s.payload) else {
        return Err(vm.type_error("descriptor 'format' requires a 'unicode' object"));
    };
    let template = template.chars().to_vec();
    render_template(vm, &template, a)
}

/// `str.format(*args, **kwargs)` or `unicode.format(*args, **kwargs)`.
fn render_template<U: FieldText>(vm: &mut Vm, template: &[U], a: Args) -> PyResult<ObjRef> {
    let mut f = Formatter {
        args: a.pos,
        kwargs: a.kw,
        numbering: Numbering::Unknown,
    };
    let out = f.render(vm, template, 2)?;
    Ok(U::string(&out))
}

/// `format(value[, spec])`.
pub fn builtin_format(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "format", 1, 2)?;
    match a.get(1).map(|s| (s, &s.payload)) {
        None => format_value(vm, &a[0], b""),
        Some((_, Payload::Str(spec))) => {
            let spec = spec.as_bytes().to_vec();
            format_value(vm, &a[0], &spec)
        }
        Some((_, Payload::Unicode(spec))) => {
            let spec = spec.chars().to_vec();
            Ok(new_unicode(format_value_unicode(vm, &a[0], &spec)?))
        }
        Some((s, _)) => Err(vm.type_error(format!(
            "format expects arg 2 to be string or unicode, not {}",
            vm.type_name(s)
        ))),
    }
}

impl Formatter<'_> {
    /// `build_string`: the template with every field replaced; `depth` limits nesting.
    fn render<U: FieldText>(
        &mut self,
        vm: &mut Vm,
        template: &[U],
        depth: u32,
    ) -> PyResult<Vec<U>> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < template.len() {
            let c = template[i];
            let doubled = template.get(i + 1) == Some(&c);
            match c.ascii() {
                Some(b'{' | b'}') if doubled => {
                    out.push(c);
                    i += 2;
                }
                Some(b'}') => return Err(vm.value_error("Single '}' encountered in format string")),
                Some(b'{') => {
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
    fn field_text<'t, U: CodeUnit>(
        &self,
        vm: &Vm,
        template: &'t [U],
        start: usize,
    ) -> PyResult<(&'t [U], usize)> {
        let mut nesting = 1;
        let mut j = start;
        while j < template.len() {
            match template[j].ascii() {
                Some(b'{') => nesting += 1,
                Some(b'}') => {
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
    fn render_field<U: FieldText>(
        &mut self,
        vm: &mut Vm,
        field: &[U],
        depth: u32,
    ) -> PyResult<Vec<U>> {
        // The field name ends at the first '!' or ':' outside brackets.
        let mut bracket = false;
        let mut end = field.len();
        for (k, &c) in field.iter().enumerate() {
            match c.ascii() {
                Some(b'[') => bracket = true,
                Some(b']') => bracket = false,
                Some(b'!' | b':') if !bracket => {
                    end = k;
                    break;
                }
                _ => {}
            }
        }
        let (name, rest) = field.split_at(end);
        let (conversion, spec) = match rest.first().and_then(|c| c.ascii()) {
            Some(b'!') => {
                let Some(&conv) = rest.get(1) else {
                    return Err(
                        vm.value_error("end of format while looking for conversion specifier")
                    );
                };
                match rest.get(2).map(|c| c.ascii()) {
                    None => (Some(conv), &rest[2..]),
                    Some(Some(b':')) => (Some(conv), &rest[3..]),
                    Some(_) => {
                        return Err(vm.value_error("expected ':' after format specifier"));
                    }
                }
            }
            Some(_) => (None, &rest[1..]),
            None => (None, rest),
        };
        let mut obj = self.get_field(vm, name)?;
        match conversion.map(|c| (c, c.ascii())) {
            None => {}
            Some((_, Some(b'r'))) => obj = new_str(vm.repr(&obj)?),
            Some((_, Some(b's'))) => obj = U::to_text(vm, &obj)?,
            Some((c, _)) => {
                let shown = match c.c_int() {
                    c @ 33..=126 => (c as u8 as char).to_string(),
                    c => format!("\\x{c:x}"),
                };
                return Err(vm.value_error(format!("Unknown conversion specifier {shown}")));
            }
        }
        let spec = if spec.iter().any(|c| c.is(b'{')) {
            self.render(vm, spec, depth - 1)?
        } else {
            spec.to_vec()
        };
        U::format_field(vm, &obj, &spec)
    }

    /// `get_field_object`: the first name part (index, keyword, or automatic number), then
    /// each `.attr` and `[key]`.
    fn get_field<U: FieldText>(&mut self, vm: &mut Vm, name: &[U]) -> PyResult<ObjRef> {
        let is_separator = |c: &U| c.is(b'.') || c.is(b'[');
        let first_end = name.iter().position(is_separator).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut obj = if first.iter().all(|c| c.digit().is_some()) {
            let index = self.positional_index(vm, first)?;
            match self.args.get(index) {
                Some(v) => v.clone(),
                None => return Err(vm.err(&vm.types.exc.index_error, "tuple index out of range")),
            }
        } else {
            let key = U::string(first);
            let same_name = |k: &ObjRef| {
                k.as_str_bytes().is_some_and(|k| {
                    k.len() == first.len() && k.iter().zip(first).all(|(&b, &c)| c.is(b))
                })
            };
            match self.kwargs.iter().find(|(k, _)| same_name(k)) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(&key)),
            }
        };
        while let Some(&c) = rest.first() {
            if c.is(b'.') {
                let end = rest[1..]
                    .iter()
                    .position(is_separator)
                    .map_or(rest.len(), |p| p + 1);
                let attr = &rest[1..end];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr = attribute_name(vm, attr)?;
                obj = vm.getattr(&obj, &attr)?;
                rest = &rest[end..];
            } else if c.is(b'[') {
                let Some(close) = rest.iter().position(|c| c.is(b']')) else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &rest[1..close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key_obj = match decimal(key) {
                    Some(n) => new_int(n),
                    None => U::string(key),
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
    fn positional_index<U: CodeUnit>(&mut self, vm: &Vm, digits: &[U]) -> PyResult<usize> {
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
        decimal(digits)
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))
    }
}

/// The value of a field name part made of digits only; None for anything else, or a value
/// beyond `Py_ssize_t`.
fn decimal<U: CodeUnit>(units: &[U]) -> Option<i64> {
    if units.is_empty() {
        return None;
    }
    units.iter().try_fold(0i64, |n, c| {
        n.checked_mul(10)?.checked_add(i64::from(c.digit()?))
    })
}

/// An attribute name of a field as `PyObject_GetAttr` takes it: a `str`, a unicode name
/// encoded with the default encoding.
fn attribute_name<U: CodeUnit>(vm: &Vm, units: &[U]) -> PyResult<ObjRef> {
    let name = U::string(units);
    match &name.payload {
        Payload::Unicode(u) => Ok(new_str(vm.encode_default(u.chars())?)),
        _ => Ok(name),
    }
}
