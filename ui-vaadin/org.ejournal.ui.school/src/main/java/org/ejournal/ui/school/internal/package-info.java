/**
 * Views of the school year setup and staffing («Учебный год», «Классы», «Нагрузка», «Замены»); not exported.
 */
package org.ejournal.ui.school.internal;
