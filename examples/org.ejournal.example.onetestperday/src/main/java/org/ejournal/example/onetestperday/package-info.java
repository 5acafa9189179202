/** Example add-on: a journal rule limiting tests to one per class per day. Internal; nothing exported. */
package org.ejournal.example.onetestperday;
