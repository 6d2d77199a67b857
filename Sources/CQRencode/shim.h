#ifndef TAFEL_CQRENCODE_SHIM_H
#define TAFEL_CQRENCODE_SHIM_H
// libqrencode, reached only through TafelQR's QRCode: one call that turns a text into a matrix.
#include <qrencode.h>
#endif
