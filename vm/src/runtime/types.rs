//! The registry of built-in type objects: `int`, `str`, `list`, … and the exception classes.
//! Created once per VM; `Vm::type_of` maps every payload to one of them.

use std::cell::RefCell;

use crate::objects::{DictTable, ObjRef, Payload, PyObject, PyType};

/// A type object with its MRO computed from its single base.
pub fn new_type(name: &str, base: Option<&ObjRef>) -> ObjRef {
    new_type_with(name, base, None)
}

/// A type object, with the slots of a native module's type when it is one.
pub fn new_type_with(
    name: &str,
    base: Option<&ObjRef>,
    native: Option<crate::objects::typeobject::NativeTypeSlots>,
) -> ObjRef {
    let mut mro = Vec::new();
    if let Some(base) = base {
        if let Some(t) = base.as_type() {
            mro.extend(t.mro.borrow().iter().cloned());
        }
    }
    let obj = PyObject::new(Payload::Type(PyType {
        name: name.to_string(),
        base: base.cloned(),
        bases: base.into_iter().cloned().collect(),
        mro: RefCell::new(Vec::new()),
        dict: crate::objects::new_dict(DictTable::new()),
        heap: false,
        instance_dict: false,
        native,
    }));
    mro.insert(0, obj.clone());
    if let Some(t) = obj.as_type() {
        *t.mro.borrow_mut() = mro;
    }
    obj
}

macro_rules! define_types {
    ($($field:ident, $name:literal, $base:literal;)*) => {
        /// Built-in exception classes, one field per class.
        pub struct ExceptionTypes {
            $(pub $field: ObjRef,)*
        }

        impl ExceptionTypes {
            fn new(object: &ObjRef) -> Self {
                let mut made: Vec<(&str, ObjRef)> = vec![("object", object.clone())];
                $(
                    let base = made.iter().find(|(n, _)| *n == $base).map(|(_, t)| t.clone());
                    let $field = new_type(concat!("exceptions.", $name), base.as_ref());
                    made.push(($name, $field.clone()));
                )*
                ExceptionTypes { $($field,)* }
            }

            /// Every class with its `__builtin__` name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![$(($name, self.$field.clone()),)*]
            }
        }
    };
}

crate::for_each_exception!(define_types);

/// Built-in (non-exception) types.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub long: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub basestring: ObjRef,
    pub str_: ObjRef,
    pub unicode: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub code: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    pub wrapper_descriptor: ObjRef,
    pub classmethod_descriptor: ObjRef,
    pub instancemethod: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub traceback: ObjRef,
    pub frame: ObjRef,
    pub slice: ObjRef,
    pub xrange: ObjRef,
    pub bytearray: ObjRef,
    pub file: ObjRef,
    pub iterator: ObjRef,
    /// The other iterator types, each named as `IterState::type_name` names it.
    pub named_iterators: Vec<ObjRef>,
    pub method_wrapper: ObjRef,
    pub enumerate: ObjRef,
    pub reversed: ObjRef,
    pub classobj: ObjRef,
    pub instance: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub member_descriptor: ObjRef,
    pub getset_descriptor: ObjRef,
    pub dictproxy: ObjRef,
    pub generator: ObjRef,
    pub exc: ExceptionTypes,
}

impl Types {
    pub fn new() -> Self {
        let object = new_type("object", None);
        let int = new_type("int", Some(&object));
        let basestring = new_type("basestring", Some(&object));
        let t = |name: &str| new_type(name, Some(&object));
        Types {
            type_: t("type"),
            none: t("NoneType"),
            not_implemented: t("NotImplementedType"),
            ellipsis: t("ellipsis"),
            bool_: new_type("bool", Some(&int)),
            long: t("long"),
            float: t("float"),
            complex: t("complex"),
            str_: new_type("str", Some(&basestring)),
            unicode: new_type("unicode", Some(&basestring)),
            tuple: t("tuple"),
            list: t("list"),
            dict: t("dict"),
            dict_keys: t("dict_keys"),
            dict_values: t("dict_values"),
            dict_items: t("dict_items"),
            set: t("set"),
            frozenset: t("frozenset"),
            code: t("code"),
            function: t("function"),
            builtin_function: t("builtin_function_or_method"),
            method_descriptor: t("method_descriptor"),
            wrapper_descriptor: t("wrapper_descriptor"),
            classmethod_descriptor: t("classmethod_descriptor"),
            instancemethod: t("instancemethod"),
            cell: t("cell"),
            module: t("module"),
            traceback: t("traceback"),
            frame: t("frame"),
            slice: t("slice"),
            xrange: t("xrange"),
            bytearray: t("bytearray"),
            file: t("file"),
            iterator: t("iterator"),
            named_iterators: [
                "listiterator",
                "tupleiterator",
                "listreverseiterator",
                "dictionary-keyiterator",
                "dictionary-valueiterator",
                "dictionary-itemiterator",
                "setiterator",
                "rangeiterator",
                "callable-iterator",
                "deque_iterator",
                "deque_reverse_iterator",
            ]
            .into_iter()
            .map(t)
            .collect(),
            method_wrapper: t("method-wrapper"),
            enumerate: t("enumerate"),
            reversed: t("reversed"),
            classobj: t("classobj"),
            instance: t("instance"),
            property: t("property"),
            staticmethod: t(crate::objects::staticmethod::TYPE_NAME),
            classmethod: t(crate::objects::classmethod::TYPE_NAME),
            super_: t("super"),
            member_descriptor: t("member_descriptor"),
            getset_descriptor: t("getset_descriptor"),
            dictproxy: t("dictproxy"),
            generator: t("generator"),
            exc: ExceptionTypes::new(&object),
            int,
            basestring,
            object,
        }
    }

    /// The type of an object whose type follows from its payload alone.
    pub fn of(&self, obj: &ObjRef) -> ObjRef {
        if let Some(heap) = &obj.heap {
            return heap.class.clone();
        }
        match &obj.payload {
            Payload::Null | Payload::None => &self.none,
            Payload::NotImplemented => &self.not_implemented,
            Payload::Ellipsis => &self.ellipsis,
            Payload::Bool(_) => &self.bool_,
            Payload::Int(_) => &self.int,
            Payload::Long(_) => &self.long,
            Payload::Float(_) => &self.float,
            Payload::Complex(_) => &self.complex,
            Payload::Str(_) => &self.str_,
            Payload::Unicode(_) => &self.unicode,
            Payload::Tuple(_) => &self.tuple,
            Payload::List(_) => &self.list,
            Payload::Dict(_) => &self.dict,
            Payload::DictView(v) => match v.kind {
                crate::objects::iter::DictIterKind::Keys => &self.dict_keys,
                crate::objects::iter::DictIterKind::Values => &self.dict_values,
                crate::objects::iter::DictIterKind::Items => &self.dict_items,
            },
            Payload::Set(_) => &self.set,
            Payload::FrozenSet(_) => &self.frozenset,
            Payload::Code(_) => &self.code,
            Payload::Function(_) => &self.function,
            Payload::Builtin(b) if b.def.conv == crate::objects::CallConv::WrapperNoArgs => {
                &self.method_wrapper
            }
            Payload::Builtin(_) => &self.builtin_function,
            Payload::MethodDescr(def, _) if crate::builtins::is_class_method(def) => {
                &self.classmethod_descriptor
            }
            Payload::MethodDescr(..) => &self.method_descriptor,
            Payload::WrapperDescr(..) => &self.wrapper_descriptor,
            Payload::GetSet(g) if g.member => &self.member_descriptor,
            Payload::Method(_) => &self.instancemethod,
            Payload::Cell(_) => &self.cell,
            Payload::Type(_) => &self.type_,
            Payload::Module(_) => &self.module,
            Payload::Exception(e) => return e.class.clone(),
            Payload::Native(n) => return n.class.clone(),
            Payload::StructSeq(s) => return s.class.clone(),
            Payload::Traceback(_) => &self.traceback,
            Payload::Frame(_) => &self.frame,
            Payload::Iter(state) => match state.try_borrow() {
                Ok(state) => return self.iterator_type(state.type_name()),
                Err(_) => &self.iterator,
            },
            Payload::Slice(_) => &self.slice,
            Payload::Xrange(_) => &self.xrange,
            Payload::ByteArray(_) => &self.bytearray,
            Payload::File(_) => &self.file,
            Payload::Object => &self.object,
            Payload::Class(_) => &self.classobj,
            Payload::Instance(_) => &self.instance,
            Payload::Property(_) => &self.property,
            Payload::StaticMethod(_) => &self.staticmethod,
            Payload::ClassMethod(_) => &self.classmethod,
            Payload::Super(_) => &self.super_,
            Payload::SlotMember(_) => &self.member_descriptor,
            Payload::GetSet(_) => &self.getset_descriptor,
            Payload::DictProxy(_) => &self.dictproxy,
            Payload::Generator(_) => &self.generator,
        }
        .clone()
    }
}

impl Types {
    /// The type of an iterator, by its `tp_name`.
    pub fn iterator_type(&self, name: &str) -> ObjRef {
        let named = match name {
            "enumerate" => Some(&self.enumerate),
            "reversed" => Some(&self.reversed),
            _ => self
                .named_iterators
                .iter()
                .find(|t| t.as_type().is_some_and(|t| t.name == name)),
        };
        named.unwrap_or(&self.iterator).clone()
    }

    /// Every built-in iterator type (all have `next`).
    pub fn iterator_types(&self) -> Vec<ObjRef> {
        let mut all = vec![
            self.iterator.clone(),
            self.enumerate.clone(),
            self.reversed.clone(),
        ];
        all.extend(self.named_iterators.iter().cloned());
        all
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}
