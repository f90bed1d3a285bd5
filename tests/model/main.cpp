// test_model: the document model, its JSON loader/saver and the Kajuara 2020 dataset.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
