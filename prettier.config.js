// The Office add-in ecosystem's formatting (office-addin-prettier-config), enforced by ESLint.
module.exports = require("office-addin-prettier-config");
