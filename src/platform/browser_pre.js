// Included before the Emscripten runtime (--pre-js): helpers for the EM_JS wrappers in
// browser.cpp. Returns a malloc'ed UTF-8 copy of a JS string; C++ frees it.
function newCString(s) {
  var size = lengthBytesUTF8(s) + 1;
  var p = _malloc(size);
  stringToUTF8(s, p, size);
  return p;
}
