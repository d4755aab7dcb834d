//! `dict_keys`, `dict_values` and `dict_items` (Objects/dictobject.c's views): live views of a
//! dict made by `viewkeys()`, `viewvalues()` and `viewitems()`. Their behaviour (repr, `len`,
//! `in`, iteration, set operators and comparisons) is in `builtins::dict_views`.

use super::iter::DictIterKind;
use super::ObjRef;

pub struct PyDictView {
    pub kind: DictIterKind,
    pub dict: ObjRef,
}

impl PyDictView {
    /// `tp_name`.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            DictIterKind::Keys => "dict_keys",
            DictIterKind::Values => "dict_values",
            DictIterKind::Items => "dict_items",
        }
    }

    /// Keys and items views behave as sets (`PyDictViewSet_Check`).
    pub fn is_set_like(&self) -> bool {
        self.kind != DictIterKind::Values
    }
}
