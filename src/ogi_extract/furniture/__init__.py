"""The furniture stage: running headers, footers and page numbers, found by repetition."""

from __future__ import annotations

from .find import find_furniture, hints_apply
from .model import Furniture, FurnitureLine, PageFurniture

__all__ = ["Furniture", "FurnitureLine", "PageFurniture", "find_furniture", "hints_apply"]
