import types
print types.DictProxyType, types.GetSetDescriptorType, types.MemberDescriptorType
print sorted(type.__dict__)
print type.__dict__
