"""Loading: decoding, readers, articles, text normalisation, datelines."""
