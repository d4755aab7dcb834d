//! The Python 2.7 opcode table: numbers, names and operand families exactly as in CPython's
//! `Lib/opcode.py`. `Opcode::try_from(u8)` rejects the bytes CPython's eval loop does not
//! implement, which is what makes them raise `SystemError: unknown opcode` when executed.

/// Opcodes from this number on take a 16-bit argument.
pub const HAVE_ARGUMENT: u8 = 90;

/// How an instruction's argument is resolved for the trace (`dis` style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Plain,
    Const,
    Name,
    Local,
    Free,
    Compare,
    JumpRelative,
    JumpAbsolute,
}

/// Python 2.7's `cmp_op`, indexed by `COMPARE_OP`'s argument.
pub const CMP_OP: [&str; 12] = [
    "<",
    "<=",
    "==",
    "!=",
    ">",
    ">=",
    "in",
    "not in",
    "is",
    "is not",
    "exception match",
    "BAD",
];

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal, $text:literal, $family:ident; )*) => {
        /// An opcode that CPython 2.7's eval loop implements.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $( $(#[$doc])* $name = $num, )*
        }

        impl Opcode {
            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => $text, )* }
            }

            pub fn family(self) -> Family {
                match self { $( Opcode::$name => Family::$family, )* }
            }
        }

        impl TryFrom<u8> for Opcode {
            type Error = u8;
            fn try_from(byte: u8) -> Result<Self, u8> {
                match byte {
                    $( $num => Ok(Opcode::$name), )*
                    other => Err(other),
                }
            }
        }
    };
}

opcodes! {
    /// Stack: a =>
    POP_TOP = 1, "POP_TOP", Plain;
    /// Stack: a, b => b, a
    ROT_TWO = 2, "ROT_TWO", Plain;
    /// Stack: a, b, c => c, a, b
    ROT_THREE = 3, "ROT_THREE", Plain;
    /// Stack: a => a, a
    DUP_TOP = 4, "DUP_TOP", Plain;
    /// Stack: a, b, c, d => d, a, b, c
    ROT_FOUR = 5, "ROT_FOUR", Plain;
    NOP = 9, "NOP", Plain;
    UNARY_POSITIVE = 10, "UNARY_POSITIVE", Plain;
    UNARY_NEGATIVE = 11, "UNARY_NEGATIVE", Plain;
    UNARY_NOT = 12, "UNARY_NOT", Plain;
    /// Stack: a => repr(a)  (backquotes)
    UNARY_CONVERT = 13, "UNARY_CONVERT", Plain;
    UNARY_INVERT = 15, "UNARY_INVERT", Plain;
    /// Stack: a, b => a ** b
    BINARY_POWER = 19, "BINARY_POWER", Plain;
    BINARY_MULTIPLY = 20, "BINARY_MULTIPLY", Plain;
    /// Classic division (`/` without `from __future__ import division`).
    BINARY_DIVIDE = 21, "BINARY_DIVIDE", Plain;
    BINARY_MODULO = 22, "BINARY_MODULO", Plain;
    BINARY_ADD = 23, "BINARY_ADD", Plain;
    BINARY_SUBTRACT = 24, "BINARY_SUBTRACT", Plain;
    /// Stack: a, i => a[i]
    BINARY_SUBSCR = 25, "BINARY_SUBSCR", Plain;
    BINARY_FLOOR_DIVIDE = 26, "BINARY_FLOOR_DIVIDE", Plain;
    BINARY_TRUE_DIVIDE = 27, "BINARY_TRUE_DIVIDE", Plain;
    INPLACE_FLOOR_DIVIDE = 28, "INPLACE_FLOOR_DIVIDE", Plain;
    INPLACE_TRUE_DIVIDE = 29, "INPLACE_TRUE_DIVIDE", Plain;
    /// Stack: a => a[:]
    SLICE_0 = 30, "SLICE+0", Plain;
    /// Stack: a, i => a[i:]
    SLICE_1 = 31, "SLICE+1", Plain;
    /// Stack: a, j => a[:j]
    SLICE_2 = 32, "SLICE+2", Plain;
    /// Stack: a, i, j => a[i:j]
    SLICE_3 = 33, "SLICE+3", Plain;
    STORE_SLICE_0 = 40, "STORE_SLICE+0", Plain;
    STORE_SLICE_1 = 41, "STORE_SLICE+1", Plain;
    STORE_SLICE_2 = 42, "STORE_SLICE+2", Plain;
    STORE_SLICE_3 = 43, "STORE_SLICE+3", Plain;
    DELETE_SLICE_0 = 50, "DELETE_SLICE+0", Plain;
    DELETE_SLICE_1 = 51, "DELETE_SLICE+1", Plain;
    DELETE_SLICE_2 = 52, "DELETE_SLICE+2", Plain;
    DELETE_SLICE_3 = 53, "DELETE_SLICE+3", Plain;
    /// Stack: d, v, k => d  (d[k] = v)
    STORE_MAP = 54, "STORE_MAP", Plain;
    INPLACE_ADD = 55, "INPLACE_ADD", Plain;
    INPLACE_SUBTRACT = 56, "INPLACE_SUBTRACT", Plain;
    INPLACE_MULTIPLY = 57, "INPLACE_MULTIPLY", Plain;
    INPLACE_DIVIDE = 58, "INPLACE_DIVIDE", Plain;
    INPLACE_MODULO = 59, "INPLACE_MODULO", Plain;
    /// Stack: v, a, i =>  (a[i] = v)
    STORE_SUBSCR = 60, "STORE_SUBSCR", Plain;
    DELETE_SUBSCR = 61, "DELETE_SUBSCR", Plain;
    BINARY_LSHIFT = 62, "BINARY_LSHIFT", Plain;
    BINARY_RSHIFT = 63, "BINARY_RSHIFT", Plain;
    BINARY_AND = 64, "BINARY_AND", Plain;
    BINARY_XOR = 65, "BINARY_XOR", Plain;
    BINARY_OR = 66, "BINARY_OR", Plain;
    INPLACE_POWER = 67, "INPLACE_POWER", Plain;
    /// Stack: a => iter(a)
    GET_ITER = 68, "GET_ITER", Plain;
    PRINT_EXPR = 70, "PRINT_EXPR", Plain;
    PRINT_ITEM = 71, "PRINT_ITEM", Plain;
    PRINT_NEWLINE = 72, "PRINT_NEWLINE", Plain;
    PRINT_ITEM_TO = 73, "PRINT_ITEM_TO", Plain;
    PRINT_NEWLINE_TO = 74, "PRINT_NEWLINE_TO", Plain;
    INPLACE_LSHIFT = 75, "INPLACE_LSHIFT", Plain;
    INPLACE_RSHIFT = 76, "INPLACE_RSHIFT", Plain;
    INPLACE_AND = 77, "INPLACE_AND", Plain;
    INPLACE_XOR = 78, "INPLACE_XOR", Plain;
    INPLACE_OR = 79, "INPLACE_OR", Plain;
    BREAK_LOOP = 80, "BREAK_LOOP", Plain;
    WITH_CLEANUP = 81, "WITH_CLEANUP", Plain;
    LOAD_LOCALS = 82, "LOAD_LOCALS", Plain;
    RETURN_VALUE = 83, "RETURN_VALUE", Plain;
    IMPORT_STAR = 84, "IMPORT_STAR", Plain;
    EXEC_STMT = 85, "EXEC_STMT", Plain;
    YIELD_VALUE = 86, "YIELD_VALUE", Plain;
    POP_BLOCK = 87, "POP_BLOCK", Plain;
    END_FINALLY = 88, "END_FINALLY", Plain;
    BUILD_CLASS = 89, "BUILD_CLASS", Plain;
    STORE_NAME = 90, "STORE_NAME", Name;
    DELETE_NAME = 91, "DELETE_NAME", Name;
    UNPACK_SEQUENCE = 92, "UNPACK_SEQUENCE", Plain;
    FOR_ITER = 93, "FOR_ITER", JumpRelative;
    LIST_APPEND = 94, "LIST_APPEND", Plain;
    STORE_ATTR = 95, "STORE_ATTR", Name;
    DELETE_ATTR = 96, "DELETE_ATTR", Name;
    STORE_GLOBAL = 97, "STORE_GLOBAL", Name;
    DELETE_GLOBAL = 98, "DELETE_GLOBAL", Name;
    DUP_TOPX = 99, "DUP_TOPX", Plain;
    LOAD_CONST = 100, "LOAD_CONST", Const;
    LOAD_NAME = 101, "LOAD_NAME", Name;
    BUILD_TUPLE = 102, "BUILD_TUPLE", Plain;
    BUILD_LIST = 103, "BUILD_LIST", Plain;
    BUILD_SET = 104, "BUILD_SET", Plain;
    BUILD_MAP = 105, "BUILD_MAP", Plain;
    LOAD_ATTR = 106, "LOAD_ATTR", Name;
    COMPARE_OP = 107, "COMPARE_OP", Compare;
    IMPORT_NAME = 108, "IMPORT_NAME", Name;
    IMPORT_FROM = 109, "IMPORT_FROM", Name;
    JUMP_FORWARD = 110, "JUMP_FORWARD", JumpRelative;
    JUMP_IF_FALSE_OR_POP = 111, "JUMP_IF_FALSE_OR_POP", JumpAbsolute;
    JUMP_IF_TRUE_OR_POP = 112, "JUMP_IF_TRUE_OR_POP", JumpAbsolute;
    JUMP_ABSOLUTE = 113, "JUMP_ABSOLUTE", JumpAbsolute;
    POP_JUMP_IF_FALSE = 114, "POP_JUMP_IF_FALSE", JumpAbsolute;
    POP_JUMP_IF_TRUE = 115, "POP_JUMP_IF_TRUE", JumpAbsolute;
    LOAD_GLOBAL = 116, "LOAD_GLOBAL", Name;
    CONTINUE_LOOP = 119, "CONTINUE_LOOP", JumpAbsolute;
    SETUP_LOOP = 120, "SETUP_LOOP", JumpRelative;
    SETUP_EXCEPT = 121, "SETUP_EXCEPT", JumpRelative;
    SETUP_FINALLY = 122, "SETUP_FINALLY", JumpRelative;
    LOAD_FAST = 124, "LOAD_FAST", Local;
    STORE_FAST = 125, "STORE_FAST", Local;
    DELETE_FAST = 126, "DELETE_FAST", Local;
    RAISE_VARARGS = 130, "RAISE_VARARGS", Plain;
    CALL_FUNCTION = 131, "CALL_FUNCTION", Plain;
    MAKE_FUNCTION = 132, "MAKE_FUNCTION", Plain;
    BUILD_SLICE = 133, "BUILD_SLICE", Plain;
    MAKE_CLOSURE = 134, "MAKE_CLOSURE", Plain;
    LOAD_CLOSURE = 135, "LOAD_CLOSURE", Free;
    LOAD_DEREF = 136, "LOAD_DEREF", Free;
    STORE_DEREF = 137, "STORE_DEREF", Free;
    CALL_FUNCTION_VAR = 140, "CALL_FUNCTION_VAR", Plain;
    CALL_FUNCTION_KW = 141, "CALL_FUNCTION_KW", Plain;
    CALL_FUNCTION_VAR_KW = 142, "CALL_FUNCTION_VAR_KW", Plain;
    SETUP_WITH = 143, "SETUP_WITH", JumpRelative;
    /// Prefix: the next instruction's argument gets these 16 bits on top.
    EXTENDED_ARG = 145, "EXTENDED_ARG", Plain;
    SET_ADD = 146, "SET_ADD", Plain;
    MAP_ADD = 147, "MAP_ADD", Plain;
}

/// The name `dis` prints for any byte: `STOP_CODE` for 0 (named in `opcode.py` though the
/// eval loop treats it as unknown), `<N>` for bytes with no name.
pub fn opname(byte: u8) -> std::borrow::Cow<'static, str> {
    match Opcode::try_from(byte) {
        Ok(op) => op.name().into(),
        Err(0) => "STOP_CODE".into(),
        Err(other) => format!("<{other}>").into(),
    }
}

pub fn has_arg(byte: u8) -> bool {
    byte >= HAVE_ARGUMENT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips_and_has_no_holes_where_cpython_has_opcodes() {
        let known = (0u8..=255).filter(|b| Opcode::try_from(*b).is_ok()).count();
        // CPython 2.7's eval loop implements 118 opcodes (STOP_CODE is not one of them).
        assert_eq!(known, 118);
        for b in 0u8..=255 {
            if let Ok(op) = Opcode::try_from(b) {
                assert_eq!(op as u8, b);
            }
        }
        assert_eq!(opname(0), "STOP_CODE");
        assert_eq!(opname(200), "<200>");
        assert_eq!(opname(30), "SLICE+0");
    }
}
