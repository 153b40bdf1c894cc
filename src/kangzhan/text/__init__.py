"""Text layer: decode files, normalize (NFKC, Traditional→Simplified, OCR fixes) with an offset map, split sentences."""
