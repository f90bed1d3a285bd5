"""The base of sakip's Python classes that wrap a compiled ``sakip._core`` object (boost-histogram's
pattern): the object is kept in a slot, names the wrapper does not define are forwarded to it,
equality, ``repr`` and pickling are its own. No ``_core`` class is changed."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

T = TypeVar("T")


class Wrapper(Generic[T]):
    """Holds one compiled object of the class ``_wraps`` and forwards to it."""

    __slots__ = ("_wrapped",)
    __hash__ = None  # type: ignore[assignment]
    #: The compiled class a subclass wraps.
    _wraps: ClassVar[type[Any]]

    def __init__(self, wrapped: T) -> None:
        if not isinstance(wrapped, self._wraps):
            name = type(self).__name__
            msg = f"sakip.{name} wraps a compiled {self._wraps.__name__}, not {type(wrapped).__name__}"
            raise TypeError(msg)
        self._wrapped = wrapped

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # the slot itself while unpickling, and private names
            raise AttributeError(name)
        return getattr(self._wrapped, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Wrapper):
            other = other._wrapped
        if not isinstance(other, self._wraps):
            return NotImplemented
        return bool(self._wrapped == other)

    def __repr__(self) -> str:
        return repr(self._wrapped)

    def __reduce__(self) -> tuple[type[Wrapper[T]], tuple[T]]:
        return (type(self), (self._wrapped,))
