# Generates vm/src/builtins/type_dict_data.rs: the dicts CPython 2.7's PyType_Ready gives the
# built-in types, as data.
#
# Run it with the reference interpreter (the path `pzdiff build-cpython` prints last):
#     PYTHON vm/tools/gen_type_dicts.py > vm/src/builtins/type_dict_data.rs
#
# For every type it reads the type's real dict table (through ctypes: PyDictObject's
# ma_mask/ma_table, 64-bit layout) and records its size and each entry's kind (slot wrapper,
# method, class method, member, getset, `__new__`, doc string, None). Entries are written in
# an order that, inserted one by one into an empty table of the recorded size, puts every
# key in the slot it occupies in CPython: a key is written after every key sitting in the
# slots its probe sequence passes through before reaching its own. Iteration follows slot
# order, so the VM's dict then iterates exactly as CPython's does.
import ctypes
import gc
import sys
import types

PTR = ctypes.sizeof(ctypes.c_void_p)
assert PTR == 8


def table(d):
    """(mask, [(slot, key, value)]) of a dict's live entries."""
    base = id(d)
    word = lambda off: ctypes.c_ssize_t.from_address(base + off).value
    used, mask, tab = word(3 * PTR), word(4 * PTR), word(5 * PTR)
    assert used == len(d), (used, len(d))
    by_id = dict((id(k), k) for k in d)
    live = []
    for slot in range(mask + 1):
        key_ptr = ctypes.c_void_p.from_address(tab + slot * 3 * PTR + PTR).value
        if key_ptr in by_id:
            k = by_id[key_ptr]
            live.append((slot, k, d[k]))
    assert len(live) == len(d)
    return mask, live


def probe(h, mask):
    i = h & mask
    yield i
    perturb = h & 0xFFFFFFFFFFFFFFFF
    while True:
        i = (i << 2) + i + perturb + 1
        perturb >>= 5
        yield i & mask


def placed(order, mask):
    """The slots the keys land in when inserted in `order` into an empty table."""
    taken = {}
    for k in order:
        for i in probe(hash(k), mask):
            if i not in taken:
                taken[i] = k
                break
    return dict((k, i) for i, k in taken.items())


def insertion_order(mask, live):
    slot_of = dict((k, s) for s, k, _ in live)
    key_at = dict((s, k) for s, k, _ in live)
    needs = {}
    for s, k, _ in live:
        before = []
        for i in probe(hash(k), mask):
            if i == s:
                break
            before.append(key_at[i])
        needs[k] = before
    done, order = set(), []
    pending = [k for _, k, _ in live]
    while pending:
        for k in pending:
            if all(b in done for b in needs[k]):
                done.add(k)
                order.append(k)
                pending.remove(k)
                break
        else:
            raise SystemExit("no insertion order")
    return order


KINDS = {
    "wrapper_descriptor": "Wrapper",
    "method_descriptor": "Method",
    "classmethod_descriptor": "ClassMethod",
    "member_descriptor": "Member",
    "getset_descriptor": "GetSet",
    "builtin_function_or_method": "New",
    "NoneType": "NoneValue",
}


def kind(owner, name, value):
    if isinstance(value, str):
        assert name == "__doc__"
        return "Doc(b%s)" % rust_str(value)
    k = KINDS[type(value).__name__]
    if k in ("Wrapper", "Method", "ClassMethod"):
        return "%s(stand_in!(%s, %s))" % (k, rust_str(owner), rust_str(name))
    return k


def rust_str(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\x%02x" % ord(ch))
    return '"%s"' % "".join(out)


def function():
    pass


class Old:
    def m(self):
        pass


def gen():
    yield 1


def cell_of():
    x = 1
    return (lambda: x).func_closure[0]


TYPES = [
    object, type, int, bool, long, float, complex, basestring, str, unicode, tuple, list,
    dict, set, frozenset, type(None), type(NotImplemented), type(Ellipsis), slice, xrange,
    enumerate, reversed, types.FunctionType, types.BuiltinFunctionType, types.ModuleType,
    types.MethodType, types.CodeType, types.FrameType, types.TracebackType, file, property,
    classmethod, staticmethod, super, types.DictProxyType, type(cell_of()),
    types.GeneratorType, types.GetSetDescriptorType, types.MemberDescriptorType,
    type(int.__add__), type(list.append), type(dict.__dict__["fromkeys"]),
    type((1).__add__), type(Old), type(Old()),
] + sorted(
    (v for v in vars(__import__("exceptions")).values() if isinstance(v, type)),
    key=lambda t: t.__name__,
)


def tp_name(t):
    """The type's tp_name: exception classes are `exceptions.NAME`."""
    if t.__module__ == "exceptions":
        return "exceptions." + t.__name__
    return t.__name__


def main():
    w = sys.stdout.write
    w("//! The dicts CPython 2.7's `PyType_Ready` gives the built-in types: for each type its\n")
    w("//! table size and its entries in an order that, inserted into an empty table of that\n")
    w("//! size, reproduces CPython's slot layout and so its iteration order. Generated by\n")
    w("//! `vm/tools/gen_type_dicts.py` from the reference interpreter; do not edit.\n\n")
    w("use super::type_dicts::Kind::*;\n")
    w("use super::type_dicts::TypeDict;\n")
    w("use crate::stand_in;\n\n")
    w("pub static TYPE_DICTS: &[TypeDict] = &[\n")
    for t in TYPES:
        d = gc.get_referents(t.__dict__)[0]
        mask, live = table(d)
        order = insertion_order(mask, live)
        assert placed(order, mask) == dict((k, s) for s, k, _ in live), t
        w("    TypeDict {\n        name: %s,\n        slots: %d,\n        entries: &[\n" % (rust_str(tp_name(t)), mask + 1))
        for k in order:
            w("            (%s, %s),\n" % (rust_str(k), kind(tp_name(t), k, d[k])))
        w("        ],\n    },\n")
    w("];\n")


main()
