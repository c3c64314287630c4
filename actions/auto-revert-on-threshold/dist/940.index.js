"use strict";
exports.id = 940;
exports.ids = [940];
exports.modules = {

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readContractFile: () => (/* binding */ readContractFile),
/* harmony export */   writeContractFile: () => (/* binding */ writeContractFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41);
/**
 * Reading and writing artifact files. A file that cannot be read is a ContractError naming it,
 * so a step that depends on it fails closed with the reason instead of going on without it.
 */



function readContractFile(contract, path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new _contract_js__WEBPACK_IMPORTED_MODULE_2__/* .ContractError */ .Vl(path, [{ file: path, pointer: '', message: `cannot be read (${code}); pass ${contract.producer}` }]);
    }
    return (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(contract, text, path);
}
/**
 * Writes the document whole or not at all (a temporary file renamed into place), so a reader never
 * sees half a file. `transform` sees the final text (the deploy redacts secrets there).
 */
function writeContractFile(contract, path, value, transform = (t) => t) {
    const text = transform((0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .serialize */ .lK)(contract, value));
    // What is written must read back: a transform that broke the document fails the writer, not the reader.
    (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(contract, text, path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
}


/***/ })

};
;