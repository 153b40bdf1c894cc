"""RDF layer: the only place that knows IRIs and vocabularies. Facts → quads in a document's named graph."""
